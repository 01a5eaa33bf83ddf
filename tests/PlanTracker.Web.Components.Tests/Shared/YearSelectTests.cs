using Bunit;
using PlanTracker.Web.Components.Shared;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>The year picker offers the plan period 2021–2025 (the 十四五 plans' years) and reports the pick.</summary>
public class YearSelectTests : PortalComponentTest
{
    [Fact]
    public void It_lists_the_five_plan_years_under_its_label_and_shows_the_current_year()
    {
        var providers = RenderProviders();
        var picker = Render<YearSelect>(p => p.Add(y => y.Label, "截至年度").Add(y => y.Value, 2023).Add(y => y.TestId, "year-select"));

        Assert.Equal("2023 年", picker.Find("input").GetAttribute("value"));
        Assert.Equal("截至年度", picker.Find("label").TextContent);
        Assert.Equal("year-select", picker.Find("div.portal-picker").GetAttribute("data-testid"));
        picker.Find(".mud-input-control").MouseDown();

        Assert.Equal(["2021 年", "2022 年", "2023 年", "2024 年", "2025 年"],
            providers.FindAll(".mud-popover-open [role=option]").Select(o => o.TextContent.Trim()));
    }

    [Fact]
    public void Choosing_a_year_raises_the_callback_with_it()
    {
        var providers = RenderProviders();
        var picked = new List<int>();
        var picker = Render<YearSelect>(p => p.Add(y => y.Value, 2023).Add(y => y.ValueChanged, picked.Add));

        picker.Find(".mud-input-control").MouseDown();
        providers.FindAll(".mud-popover-open [role=option]").Single(o => o.TextContent.Trim() == "2021 年").Click();

        picker.WaitForAssertion(() => Assert.Equal([2021], picked));
    }
}
