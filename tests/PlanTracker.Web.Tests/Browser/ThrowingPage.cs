using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>A page served only in the tests: its button throws, as a bug in a feature would.</summary>
[Route(Path)]
public sealed class ThrowingPage : ComponentBase
{
    public const string Path = "/test/throws";
    public const string Message = "Simulated failure in a feature";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h1");
        builder.AddContent(1, "测试页");
        builder.CloseElement();
        builder.OpenElement(2, "button");
        builder.AddAttribute(3, "data-testid", "throw");
        builder.AddAttribute(4, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, Throw));
        builder.AddContent(5, "出错");
        builder.CloseElement();
    }

    private static void Throw() => throw new InvalidOperationException(Message);
}
