using Bunit;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Compare;

namespace PlanTracker.Web.Components.Tests.Compare;

/// <summary>
/// The comparison of 城镇新增就业人数 across the four seed plans (2020 and 2025 as printed: 株洲 28.58 → [>25] in
/// seeds/000, 长沙 [71.42] → [75] in seeds/001, 湘西 2.3 → [10] in seeds/002, 鄂州 1.2 → 〔10〕 in seeds/004), ranked
/// by the service's order; every figure column sorts (cities by division code), the rank stays with its city, rows without a figure go last.
/// </summary>
public class ComparisonTableTests : PortalComponentTest
{
    [Fact]
    public void Rows_come_in_rank_order_with_the_rank_column_marked_as_the_sort()
    {
        var table = RenderTable();

        Assert.Equal(["鄂州市", "株洲市", "长沙市", "湘西自治州"], Cities(table));
        Assert.Equal(["1", "2", "3", "4"], Ranks(table));
        Assert.Equal("ascending", SortOf(table, "rank"));
        Assert.Equal("none", SortOf(table, "baseline"));
        // Only 长沙 compares like with like (a five-year total against a five-year total): +5.0%.
        Assert.Equal(["—", "—", "+5.0%", "—"], table.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td")[5].TextContent.Trim()));
    }

    [Fact]
    public void Sorting_by_the_2020_value_puts_the_largest_first_then_reverses_and_ranks_stay_with_their_cities()
    {
        var table = RenderTable();

        table.Find("th[data-sort=baseline] button").Click();
        Assert.Equal(["长沙市", "株洲市", "湘西自治州", "鄂州市"], Cities(table));
        Assert.Equal(["3", "2", "4", "1"], Ranks(table));
        Assert.Equal("descending", SortOf(table, "baseline"));
        Assert.Equal("none", SortOf(table, "rank"));

        table.Find("th[data-sort=baseline] button").Click();
        Assert.Equal(["鄂州市", "湘西自治州", "株洲市", "长沙市"], Cities(table));
        Assert.Equal("ascending", SortOf(table, "baseline"));
    }

    [Fact]
    public void Rows_without_a_figure_stay_last_whichever_the_direction()
    {
        var table = RenderTable();

        table.Find("th[data-sort=ambition] button").Click();
        Assert.Equal(["长沙市", "鄂州市", "株洲市", "湘西自治州"], Cities(table));
        table.Find("th[data-sort=ambition] button").Click();
        Assert.Equal(["长沙市", "鄂州市", "株洲市", "湘西自治州"], Cities(table));
    }

    [Fact]
    public void Sorting_by_status_goes_from_best_to_worst_and_by_city_in_division_code_order()
    {
        var table = RenderTable();

        table.Find("th[data-sort=status] button").Click();
        Assert.Equal(["鄂州市", "株洲市", "长沙市", "湘西自治州"], Cities(table));
        Assert.Equal(["快于预期", "基本符合预期", "基本符合预期", "滞后"], table.FindAll("tbody .status-badge").Select(c => c.TextContent.Trim()));

        // 鄂州 420700 (湖北) before 长沙 430100, 株洲 430200, 湘西 433100 (湖南).
        table.Find("th[data-sort=city] button").Click();
        Assert.Equal(["鄂州市", "长沙市", "株洲市", "湘西自治州"], Cities(table));
    }

    [Fact]
    public void Returning_to_the_rank_restores_the_services_order()
    {
        var table = RenderTable();

        table.Find("th[data-sort=latest] button").Click();
        table.Find("th[data-sort=rank] button").Click();

        Assert.Equal(["1", "2", "3", "4"], Ranks(table));
    }

    /// <summary>
    /// The tests' reported values: 鄂州 3 + 2.5 of 〔10〕 (55% against 40%, 快于预期), 株洲 5 + 5 of [>25] (40%, 基本符合预期),
    /// 长沙 12.5 + 12.3 of [75] (33%, 基本符合预期), 湘西 0.5 of [10] in 2021 (5% against 20%, 滞后) — listed in the
    /// service's order, by the gap to 时序进度.
    /// </summary>
    private static Comparison Jobs()
    {
        var entry = new CatalogueEntry(1, "城镇新增就业人数", "万人", "就业", true, 4, false);
        return new Comparison(entry, 2022, ValueScope.All,
        [
            City("鄂州市", "420700", "1.2", "〔10〕", [new(2021, 3m), new(2022, 2.5m)]),
            City("株洲市", "430200", "28.58", "[>25]", [new(2021, 5m), new(2022, 5m)]),
            City("长沙市", "430100", "[71.42]", "[75]", [new(2021, 12.5m), new(2022, 12.3m)]),
            City("湘西自治州", "433100", "2.3", "[10]", [new(2021, 0.5m)]),
        ], new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025));
    }

    /// <summary>A city's row; <paramref name="adminCode"/> is its GB/T 2260 division code.</summary>
    private static CityComparison City(string city, string adminCode, string baseline, string target, YearValue[] values)
    {
        var indicator = new Indicator
        {
            Name = "城镇新增就业人数",
            Unit = "万人",
            Baseline = Measure.Parse(baseline),
            Target = Measure.Parse(target),
            Cumulative = true,
            Attribute = IndicatorAttribute.Anticipatory,
        };
        var progress = ProgressEngine.Evaluate(indicator, values, new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025));
        return new CityComparison(city, indicator.Name, indicator.Unit, baseline, target, indicator.Baseline.Value, indicator.Target.Value,
            ComparisonService.Ambition(indicator.Baseline, indicator.Target), values.Sum(v => v.Value), progress.LatestYear, "预期性", progress, adminCode);
    }

    private IRenderedComponent<ComparisonTable> RenderTable() => Render<ComparisonTable>(p => p.Add(t => t.Comparison, Jobs()));

    private static List<string?> Cities(IRenderedComponent<ComparisonTable> table) =>
        [.. table.FindAll("tbody tr").Select(r => r.GetAttribute("data-city"))];

    private static List<string> Ranks(IRenderedComponent<ComparisonTable> table) =>
        [.. table.FindAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim())];

    private static string? SortOf(IRenderedComponent<ComparisonTable> table, string column) =>
        table.Find($"th[data-sort={column}]").GetAttribute("aria-sort");
}
