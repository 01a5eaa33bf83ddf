using Bunit;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Components.Tests.Dashboard;

/// <summary>
/// The dashboard's main table over 长沙's 13 indicators (seeds/001): rows by category, 其中 rows, 约束性 chips, the
/// engine's status as a chip per row, completion against 时序进度, the running total of cumulative indicators, selection.
/// </summary>
public class IndicatorProgressTableTests : PortalComponentTest
{
    /// <summary>Two reported years (the tests' inputs): 2021 and 2022, so 时序进度 is 40%.</summary>
    private static readonly Dictionary<string, YearValue[]> Values = new()
    {
        ["城镇新增就业人数"] = [new(2021, 12.5m), new(2022, 12.3m)],
        ["城镇调查失业率"] = [new(2021, 5.4m), new(2022, 5.72m)],
        ["失业保险参保人数"] = [new(2021, 185.49m), new(2022, 188.18m)],
        ["工伤保险参保人数"] = [new(2021, 174m), new(2022, 176m)],
    };

    [Fact]
    public void Rows_follow_the_plan_by_category_with_of_which_rows_and_binding_chips()
    {
        var table = RenderTable(null, _ => { });

        Assert.Equal(["就业", "社会保障", "人才人事", "劳动关系"], table.FindAll("tr.category-row").Select(r => r.TextContent.Trim()));
        var rows = table.FindAll("tbody tr[data-indicator]");
        Assert.Equal(13, rows.Count);
        Assert.Equal(
            ["其中：农民工参加职业培训人次", "其中：新增取得高级工以上职业资格证书或职业技能等级证书人数"],
            table.FindAll("tr.child-row td.name").Select(c => c.TextContent.Trim()));
        Assert.Equal(
            ["失业保险参保人数", "工伤保险参保人数"],
            rows.Where(r => r.QuerySelector(".badge-binding") is not null).Select(r => r.GetAttribute("data-indicator")));
        Assert.Equal("约束性", table.Find(".badge-binding").TextContent.Trim());
        // The plan's own texts, bracketed five-year totals included.
        Assert.Equal(["[71.42]", "[75]"], Cells(table, "城镇新增就业人数").Skip(2).Take(2));
        Assert.Equal(["≥96", ">96"], Cells(table, "基本养老保险参保覆盖率").Skip(2).Take(2));
    }

    [Fact]
    public void Each_row_shows_the_engines_status_as_a_chip_with_completion_against_time_progress()
    {
        var table = RenderTable(null, _ => { });

        // [75] over five years, 12.5 + 12.3 = 24.8 reported: 33% against 40% after two years, 7 points behind: 基本符合预期.
        Assert.Equal("累计 24.8（2022）", Cells(table, "城镇新增就业人数")[4]);
        Assert.Equal("33% / 40%", Cells(table, "城镇新增就业人数")[5]);
        AssertChip(table, "城镇新增就业人数", "基本符合预期", "ontrack");
        // 182.8 → 212.7, 188.18 in 2022: (188.18 − 182.8) / 29.9 = 18% against 40%, 22 points behind: 滞后, and binding: a warning row.
        Assert.Equal("18% / 40%", Cells(table, "失业保险参保人数")[5]);
        AssertChip(table, "失业保险参保人数", "滞后", "behind");
        Assert.Contains("warning-row", Row(table, "失业保险参保人数").ClassList);
        // A bound (<5.5) broken by 5.72: 突破控制目标, 滞后.
        Assert.Equal("突破控制目标", Cells(table, "城镇调查失业率")[5]);
        AssertChip(table, "城镇调查失业率", "滞后", "behind");
        // Nothing reported: 无数据 and no value.
        Assert.Equal("—", Cells(table, "城镇登记失业率")[4]);
        AssertChip(table, "城镇登记失业率", "无数据", "nodata");
        Assert.All(table.FindAll("tbody tr[data-indicator]"), r => Assert.Single(r.QuerySelectorAll(".mud-chip.status-badge")));
    }

    [Fact]
    public void A_status_card_filters_the_table_to_its_status_and_pressed_again_shows_all()
    {
        // 2022: 城镇调查失业率 (5.72 over <5.5) and 失业保险参保人数 (18% against 40%) are the two 滞后 rows, in table order;
        // only their categories stay.
        var dashboard = ChangshaPlan.Dashboard(2022, Values);
        var filtered = Render<IndicatorProgressTable>(p => p.Add(t => t.Dashboard, dashboard).Add(t => t.Filter, ProgressStatus.Behind));

        Assert.Equal(["城镇调查失业率", "失业保险参保人数"], filtered.FindAll("tbody tr[data-indicator]").Select(r => r.GetAttribute("data-indicator")));
        Assert.Equal(["就业", "社会保障"], filtered.FindAll("tr.category-row").Select(r => r.TextContent.Trim()));

        ProgressStatus? chosen = ProgressStatus.OnTrack;
        var cards = Render<StatusSummary>(p => p.Add(s => s.Dashboard, dashboard).Add(s => s.Filter, ProgressStatus.Behind).Add(s => s.FilterChanged, status => chosen = status));
        Assert.Equal("true", cards.Find("button[data-status=behind]").GetAttribute("aria-pressed"));
        Assert.True(cards.Find("button[data-status=notassessable]").HasAttribute("disabled"));
        cards.Find("button[data-status=behind]").Click();
        Assert.Null(chosen);
        cards.Find("button[data-status=nodata]").Click();
        Assert.Equal(ProgressStatus.NoData, chosen);
    }

    [Fact]
    public void Clicking_a_row_or_pressing_enter_on_it_selects_that_indicator()
    {
        var selected = new List<string>();
        var table = RenderTable(null, i => selected.Add(i.Name));

        Row(table, "工伤保险参保人数").Click();
        Row(table, "城镇新增就业人数").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["工伤保险参保人数", "城镇新增就业人数"], selected);
    }

    [Fact]
    public void The_current_indicator_is_marked_selected()
    {
        var dashboard = ChangshaPlan.Dashboard(2022, Values);
        var table = Render<IndicatorProgressTable>(p => p.Add(t => t.Dashboard, dashboard).Add(t => t.Current, dashboard.Indicators[6]));

        Assert.Equal(["失业保险参保人数"], table.FindAll("tr.selected-row").Select(r => r.GetAttribute("data-indicator")));
        Assert.Equal("true", Row(table, "失业保险参保人数").GetAttribute("aria-selected"));
    }

    private IRenderedComponent<IndicatorProgressTable> RenderTable(DashboardIndicator? current, Action<DashboardIndicator> selected) =>
        Render<IndicatorProgressTable>(p => p
            .Add(t => t.Dashboard, ChangshaPlan.Dashboard(2022, Values))
            .Add(t => t.Current, current)
            .Add(t => t.Selected, selected));

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<IndicatorProgressTable> table, string name) =>
        table.Find($"tr[data-indicator='{name}']");

    private static List<string> Cells(IRenderedComponent<IndicatorProgressTable> table, string name) =>
        [.. Row(table, name).QuerySelectorAll("td").Select(c => c.TextContent.Trim())];

    private static void AssertChip(IRenderedComponent<IndicatorProgressTable> table, string name, string text, string status)
    {
        var chip = Row(table, name).QuerySelector(".mud-chip.status-badge")!;
        Assert.Equal(text, chip.TextContent.Trim());
        Assert.Contains($"status-{status}", chip.ClassList);
    }
}
