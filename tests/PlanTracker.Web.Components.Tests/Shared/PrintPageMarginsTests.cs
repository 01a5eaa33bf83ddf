using PlanTracker.Web.Components.Shared;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>The printed running header: portal name and page title reach CSS as escapes that no text can break out of.</summary>
public class PrintPageMarginsTests
{
    [Fact]
    public void Letters_digits_and_spaces_stay_and_everything_else_is_a_six_digit_escape()
    {
        Assert.Equal("\"PlanTracker 2025\"", PrintPageMargins.CssString("PlanTracker 2025"));
        Assert.Equal("\"\\00957F\\006C99\"", PrintPageMargins.CssString("长沙"));
        // Quotes, backslashes, and the end of a style element cannot end the string or the element.
        var hostile = PrintPageMargins.CssString("\"}</style><script>\\");
        Assert.DoesNotContain("<", hostile, StringComparison.Ordinal);
        Assert.Equal(2, hostile.Count(c => c == '"'));
        Assert.DoesNotContain("}", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_rule_carries_the_portal_name_and_the_title()
    {
        var css = PrintPageMargins.PageRule("长沙市人社局", "长沙市2023年度规划实施监测报告");

        Assert.StartsWith("@page {", css, StringComparison.Ordinal);
        Assert.Contains($"@top-left {{ content: {PrintPageMargins.CssString("长沙市人社局")}; }}", css, StringComparison.Ordinal);
        Assert.Contains($"@top-right {{ content: {PrintPageMargins.CssString("长沙市2023年度规划实施监测报告")}; }}", css, StringComparison.Ordinal);
    }
}
