using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using MudBlazor;
using PlanTracker.Web.Components.Layout;

namespace PlanTracker.Web.Components.Tests;

/// <summary>MudBlazor's own texts appear in Chinese: every text the installed MudBlazor ships is translated.</summary>
public class ChineseMudLocalizerTests : PortalComponentTest
{
    [Fact]
    public void Every_text_in_MudBlazors_language_resource_has_a_Chinese_translation()
    {
        var manager = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudButton).Assembly);
        var keys = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Where(k => k.StartsWith("Mud", StringComparison.Ordinal))
            // "=", ">=" …: symbols, the same in Chinese.
            .Where(k => manager.GetString(k, CultureInfo.InvariantCulture)!.Any(char.IsLetter))
            .ToList();

        Assert.NotEmpty(keys);
        Assert.Equal(string.Empty, string.Join(", ", keys.Except(ChineseMudLocalizer.Keys).Order()));
        var localizer = new ChineseMudLocalizer();
        Assert.All(keys, k => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", localizer[k].Value));
    }

    [Fact]
    public void A_MudBlazor_component_renders_its_texts_in_Chinese()
    {
        var alert = Render<MudAlert>(p => p.Add(a => a.ShowCloseIcon, true).AddChildContent("已保存"));

        Assert.Equal("关闭提示", alert.Find("button").GetAttribute("aria-label"));
    }
}
