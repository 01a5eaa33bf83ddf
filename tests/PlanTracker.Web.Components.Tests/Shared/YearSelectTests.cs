using Bunit;
using PlanTracker.Domain.Plans;
using PlanTracker.Web.Components.Shared;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>The year picker offers the years it is given (the region's plan periods) and reports the pick.</summary>
public class YearSelectTests : PortalComponentTest
{
    [Fact]
    public void It_lists_the_plan_years_under_its_label_and_shows_the_current_year()
    {
        var providers = RenderProviders();
        var picker = Render<YearSelect>(p => p.Add(y => y.Label, "截至年度").Add(y => y.Value, 2023).Add(y => y.Years, Fourteenth).Add(y => y.TestId, "year-select"));

        Assert.Equal("2023 年", picker.Find("input").GetAttribute("value"));
        Assert.Equal("截至年度", picker.Find("label").TextContent);
        Assert.Equal("year-select", picker.Find("div.portal-picker").GetAttribute("data-testid"));
        Assert.Equal(["2021 年", "2022 年", "2023 年", "2024 年", "2025 年"],
            OpenList(picker, providers).Select(o => o.TextContent.Trim()));
    }

    [Fact]
    public void Choosing_a_year_raises_the_callback_with_it()
    {
        var providers = RenderProviders();
        var picked = new List<int>();
        var picker = Render<YearSelect>(p => p.Add(y => y.Value, 2023).Add(y => y.Years, Fourteenth).Add(y => y.ValueChanged, picked.Add));

        OpenList(picker, providers).Single(o => o.TextContent.Trim() == "2021 年").Click();

        picker.WaitForAssertion(() => Assert.Equal([2021], picked));
    }

    [Fact]
    public void Two_plans_offer_both_periods()
    {
        var providers = RenderProviders();
        var picker = Render<YearSelect>(p => p.Add(y => y.Value, 2026).Add(y => y.Years, new PlanYears([new(2021, 2025), new(2026, 2030)], 2025).Years));

        Assert.Equal(Enumerable.Range(2021, 10).Select(y => $"{y} 年"), OpenList(picker, providers).Select(o => o.TextContent.Trim()));
    }

    private static readonly IReadOnlyList<int> Fourteenth = new PlanPeriod(2021, 2025).Years;
}
