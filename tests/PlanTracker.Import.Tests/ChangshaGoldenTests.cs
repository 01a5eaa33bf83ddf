using PlanTracker.Import.Tests.GoldenValues;

namespace PlanTracker.Import.Tests;

/// <summary>001: 长沙市, Word text with tab-separated table rows and the issuing notice at the top.</summary>
public class ChangshaGoldenTests
{
    private static readonly Model.ParsedPlan Plan = Seeds.Plan(Seeds.Changsha);

    public static TheoryData<int> IndicatorNumbers => ChangshaGolden.City.IndicatorNumbers();

    public static TheoryData<int> PreviousNumbers => ChangshaGolden.City.PreviousNumbers();

    [Fact]
    public void Metadata()
    {
        Assert.Equal("tab-separated", Plan.Layout);
        ChangshaGolden.Metadata(Plan);
        Assert.Empty(Plan.Warnings);
    }

    [Theory]
    [MemberData(nameof(IndicatorNumbers))]
    public void MainIndicator(int number) => ChangshaGolden.City.MainIndicator(Plan, number);

    [Fact]
    public void MainIndicatorsInPrintedOrder()
    {
        Assert.Equal(Enumerable.Range(1, 13).Cast<int?>(), Plan.Indicators.Select(i => i.Number));
        ChangshaGolden.MainIndicators(Plan);
    }

    [Theory]
    [MemberData(nameof(PreviousNumbers))]
    public void ThirteenthPlanResult(int number) => ChangshaGolden.City.PreviousResult(Plan, number);

    [Fact]
    public void ThirteenthPlanTable() => ChangshaGolden.PreviousPeriod(Plan);

    [Fact]
    public void Chapters() => ChangshaGolden.Chapters(Plan);

    [Fact]
    public void SpecialColumns() => ChangshaGolden.SpecialColumns(Plan);

    [Fact]
    public void NoProjects() => ChangshaGolden.Projects(Plan);

    [Fact]
    public void SpecialColumnPlacement()
    {
        var column = Assert.Single(Plan.SpecialColumns, c => c.Number == 3);
        Assert.Equal(3, column.ChapterNumber);
        Assert.Equal(5, column.SectionNumber);
        Assert.StartsWith("健全高校毕业生就业创业服务体系", column.Items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemTargets()
    {
        var training = Plan.SpecialColumns.Single(c => c.Number == 4).Items[1];
        var centres = Assert.Single(training.Targets, t => t.Unit == "家");
        Assert.Equal(50m, centres.Value);
        Assert.Equal(">=", centres.Comparator);
        Assert.Contains("认定50家以上", centres.Phrase, StringComparison.Ordinal);
        var people = Assert.Single(training.Targets, t => t.Unit == "万人次");
        Assert.Equal(50m, people.Value);
        Assert.Null(people.Comparator);

        var park = Plan.SpecialColumns.Single(c => c.Number == 7).Items[0];
        var agencies = Assert.Single(park.Targets, t => t.Unit == "家");
        Assert.Equal(500m, agencies.Value);
        Assert.Equal(">=", agencies.Comparator);
        Assert.Equal(2025, agencies.Year);
        var scale = Assert.Single(park.Targets, t => t.Unit == "亿元");
        Assert.Equal(150m, scale.Value);
    }
}
