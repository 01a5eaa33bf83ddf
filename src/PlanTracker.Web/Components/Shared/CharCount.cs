using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace PlanTracker.Web.Components.Shared;

/// <summary>
/// How much of a text field's limit is used, e.g. “1234/2000”: always for text areas, for the compact table inputs from
/// 80% of the limit on. The limit itself is the validator's constant, also set as the input's maxlength.
/// A fragment rendered into the row, not a component: an entry page has two per row, and each component a circuit
/// keeps costs two render-tree buffers (docs/benchmarks-load.md).
/// </summary>
public static class CharCount
{
    public static RenderFragment For(string? text, int max, bool always = false) => builder => Render(builder, text?.Length ?? 0, max, always);

    private static void Render(RenderTreeBuilder builder, int length, int max, bool always)
    {
        if (!always && length * 5 < max * 4)
        {
            return;
        }

        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", length >= max ? "char-count char-count-full" : "char-count");
        builder.AddAttribute(2, "data-testid", "char-count");
        builder.AddAttribute(3, "aria-live", "polite");
        builder.AddContent(4, $"{length}/{max}");
        builder.CloseElement();
    }
}
