using PlanTracker.Import.Tests.GoldenValues;

namespace PlanTracker.Import.Tests;

/// <summary>002: 湘西自治州, Word text with one table cell per line, a table of contents first, and a project table.</summary>
public class XiangxiGoldenTests
{
    private static readonly Model.ParsedPlan Plan = Seeds.Plan(Seeds.Xiangxi);

    public static TheoryData<int> IndicatorNumbers => XiangxiGolden.City.IndicatorNumbers();

    [Fact]
    public void Metadata()
    {
        Assert.Equal("cell-per-line", Plan.Layout);
        XiangxiGolden.Metadata(Plan);
        XiangxiGolden.PreviousPeriod(Plan);
        Assert.Empty(Plan.PreviousPeriod);
    }

    [Theory]
    [MemberData(nameof(IndicatorNumbers))]
    public void MainIndicator(int number) => XiangxiGolden.City.MainIndicator(Plan, number);

    [Fact]
    public void MainIndicatorsInPrintedOrder()
    {
        Assert.Equal(Enumerable.Range(1, 17).Cast<int?>(), Plan.Indicators.Select(i => i.Number));
        XiangxiGolden.MainIndicators(Plan);
    }

    [Fact]
    public void Project() => XiangxiGolden.Projects(Plan);

    [Fact]
    public void TableOfContentsIsNotTheOutline() => XiangxiGolden.Chapters(Plan);

    [Fact]
    public void SpecialColumns() => XiangxiGolden.SpecialColumns(Plan);

    [Fact]
    public void ItemsRunTogetherOnOneLineAreSplit()
    {
        var column = Plan.SpecialColumns.Single(c => c.Number == 5);
        Assert.EndsWith("营造公平竞争和安全有效的市场环境。", column.Items[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("完善人力资源市场供求信息监测和发布制度", column.Items[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemTargetWithYear()
    {
        var workshops = Plan.SpecialColumns.Single(c => c.Number == 10).Items[1];
        var jobs = Assert.Single(workshops.Targets, t => t.Value == 10m && t.Unit == "万人");
        Assert.Equal(">=", jobs.Comparator);
        Assert.Equal(2025, jobs.Year);
    }
}
