using PlanTracker.Import.Tests.GoldenValues;
using static PlanTracker.Import.Tests.Golden;

namespace PlanTracker.Import.Tests;

/// <summary>004: 鄂州市, cell-per-line, title page cut off, [bookmark] noise, an extra 十三五目标 column.</summary>
public class EzhouGoldenTests
{
    private static readonly Model.ParsedPlan Plan = Seeds.Plan(Seeds.Ezhou);

    public static TheoryData<int> IndicatorNumbers => EzhouGolden.City.IndicatorNumbers();

    public static TheoryData<int> PreviousNumbers => EzhouGolden.City.PreviousNumbers();

    [Fact]
    public void Metadata()
    {
        Assert.Equal("cell-per-line", Plan.Layout);
        EzhouGolden.Metadata(Plan);
    }

    [Theory]
    [MemberData(nameof(IndicatorNumbers))]
    public void MainIndicator(int number) => EzhouGolden.City.MainIndicator(Plan, number);

    [Fact]
    public void MainIndicators() => EzhouGolden.MainIndicators(Plan);

    [Theory]
    [MemberData(nameof(PreviousNumbers))]
    public void ThirteenthPlanResult(int number) => EzhouGolden.City.PreviousResult(Plan, number);

    [Fact]
    public void ThirteenthPlanTable() => EzhouGolden.PreviousPeriod(Plan);

    [Fact]
    public void NoProjects() => EzhouGolden.Projects(Plan);

    [Fact]
    public void ContradictingTablesAreKeptAsPrinted()
    {
        Assert.Equal(10.1m, Previous(Plan, 4).Actual.Value);
        Assert.Equal(8.3m, Indicator(Plan, 6).Baseline.Value);
    }

    [Fact]
    public void Chapters() => EzhouGolden.Chapters(Plan);

    [Fact]
    public void SpecialColumns() => EzhouGolden.SpecialColumns(Plan);

    [Fact]
    public void BookmarkNoiseIsRemoved()
    {
        var section = Plan.Chapters[6].Sections[1];
        Assert.Equal("完善事业单位工资制度", section.Title);
        Assert.DoesNotContain(Plan.Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Paragraphs), p => p.Contains("bookmark", StringComparison.Ordinal));
    }
}
