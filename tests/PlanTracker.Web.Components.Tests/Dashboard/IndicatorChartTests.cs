using System.Text.RegularExpressions;
using Bunit;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Components.Tests.Dashboard;

/// <summary>
/// The dashboard's SVG chart of one indicator (长沙's rows of seeds/001): the value axis reads in round steps with no
/// binary float noise, the years run 2020–2025, the reported points carry their values, the 时序进度 path is dashed.
/// </summary>
public partial class IndicatorChartTests : PortalComponentTest
{
    [Fact]
    public void Unemployment_insurance_from_182_8_to_212_7_gets_an_axis_of_180_to_220_in_tens()
    {
        var chart = RenderChart("失业保险参保人数", [new(2021, 185.49m), new(2022, 188.18m), new(2023, 190.87m)]);

        var svg = chart.Find("svg.chart-wide");
        Assert.Equal(["180", "190", "200", "210", "220"], svg.QuerySelectorAll("text.y-label").Select(t => t.TextContent));
        Assert.Equal(["2020", "2021", "2022", "2023", "2024", "2025"], svg.QuerySelectorAll("text.x-label").Select(t => t.TextContent));
        // 2020 baseline, then the reported years, labelled as reported.
        Assert.Equal(["182.8", "185.49", "188.18", "190.87"], svg.QuerySelectorAll("text.value-label").Select(t => t.TextContent));
        Assert.Equal(["进度路径（至212.7）", "实际值"], svg.QuerySelectorAll("text.legend").Select(t => t.TextContent));
        Assert.Single(svg.QuerySelectorAll("polyline[stroke-dasharray]"));
        Assert.StartsWith("失业保险参保人数", chart.Find("h3").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_moving_by_tenths_gets_labels_in_tenths_never_float_noise()
    {
        // 城镇调查失业率: 5.5 in 2020, target <5.5; 5.6, 5.8, 5.72 reported. Steps of 0.1 from 5.5 to 5.8.
        var chart = RenderChart("城镇调查失业率", [new(2021, 5.6m), new(2022, 5.8m), new(2023, 5.72m)]);

        var labels = chart.FindAll("svg.chart-wide text.y-label").Select(t => t.TextContent).ToList();
        Assert.Equal(["5.5", "5.6", "5.7", "5.8"], labels);
        // A ceiling's guide is the flat 控制线 at 5.5, named with its comparator, not a path.
        Assert.Equal(["控制上限 <5.5", "实际值"], chart.FindAll("svg.chart-wide text.legend").Select(t => t.TextContent));
        Assert.All(chart.FindAll("svg text.y-label, svg text.value-label"), t => Assert.Matches(PlainNumber(), t.TextContent));
    }

    [Fact]
    public void A_cumulative_indicator_is_drawn_as_its_running_total_from_zero()
    {
        // 城镇新增就业人数 [71.42] → [75]: the path runs 0 → 75 over five years; 12.5 and 12.3 add up to 24.8.
        var chart = RenderChart("城镇新增就业人数", [new(2021, 12.5m), new(2022, 12.3m)]);

        var svg = chart.Find("svg.chart-wide");
        Assert.Equal(["0", "20", "40", "60", "80"], svg.QuerySelectorAll("text.y-label").Select(t => t.TextContent));
        Assert.Equal(["0", "12.5", "24.8"], svg.QuerySelectorAll("text.value-label").Select(t => t.TextContent));
        Assert.Equal(["进度路径（至[75]）", "累计完成"], svg.QuerySelectorAll("text.legend").Select(t => t.TextContent));
        Assert.Contains("累计", chart.Find("h3").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_phone_drawing_shows_the_same_axis()
    {
        var chart = RenderChart("失业保险参保人数", [new(2021, 185.49m)]);

        Assert.Equal(
            chart.FindAll("svg.chart-wide text.y-label").Select(t => t.TextContent),
            chart.FindAll("svg.chart-compact text.y-label").Select(t => t.TextContent));
    }

    [Fact]
    public void A_cumulative_row_without_a_2020_value_still_draws_its_path_from_zero()
    {
        // 开展补贴性职业技能培训人次: "—" in 2020, [50] over five years, nothing reported: the path 0 → 50 alone.
        var chart = RenderChart("开展补贴性职业技能培训人次", []);

        Assert.Equal(["0", "20", "40", "60"], chart.FindAll("svg.chart-wide text.y-label").Select(t => t.TextContent));
        Assert.Equal(["0"], chart.FindAll("svg.chart-wide text.value-label").Select(t => t.TextContent));
    }

    [Fact]
    public void A_settlement_rate_printed_falling_draws_its_floor_named_as_one()
    {
        // 劳动保障监察举报投诉案件结案率 100 → 96: a 结案率 is better higher, so 96 is a floor (≥, none printed).
        var chart = RenderChart("劳动保障监察举报投诉案件结案率", [new(2021, 99m), new(2022, 97m)]);

        Assert.Equal(["目标下限 ≥96", "实际值"], chart.FindAll("svg.chart-wide text.legend").Select(t => t.TextContent));
    }

    private IRenderedComponent<IndicatorChart> RenderChart(string name, YearValue[] values)
    {
        var indicator = ChangshaPlan.Indicators(new Dictionary<string, YearValue[]> { [name] = values }).Single(i => i.Name == name);
        return Render<IndicatorChart>(p => p.Add(c => c.Indicator, indicator));
    }

    [GeneratedRegex(@"^-?\d+(\.\d{1,2})?$")]
    private static partial Regex PlainNumber();
}
