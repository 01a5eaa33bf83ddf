using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

public class TextAndNoDataTests
{
    [Fact]
    public void TextOnlyTargetIsNotAssessed()
    {
        // 鄂州 高、中、初级专业技术职务结构比例 1：4：5 → 1：4：5.
        var result = Run("1：4：5", "1：4：5", false);

        Assert.Equal(IndicatorKind.TextOnly, result.Kind);
        Assert.Equal(ProgressStatus.NotAssessable, result.Status);
        Assert.Equal("目标为文字表述（1：4：5），不评估进度", result.Reason);
        Assert.Null(result.LatestYear);
        Assert.Null(result.Completion);
        Assert.Null(result.Expected);
        Assert.Null(result.RemainingAnnualEffort);
        Assert.Null(result.ProjectionAtEnd);
        Assert.Null(result.BoundRespected);
        Assert.False(result.BindingWarning);
    }

    [Fact]
    public void TextOnlyKeepsTheLatestReportedValueButDoesNotJudgeIt()
    {
        var result = Run("1：4：5", "1：4：5", true, (2022, 1m), (2023, 2m));

        Assert.Equal(ProgressStatus.NotAssessable, result.Status);
        Assert.Equal(2023, result.LatestYear);
        Assert.Equal(2m, result.LatestValue);
        Assert.False(result.BindingWarning);
    }

    [Theory]
    [InlineData("")]
    [InlineData("—")]
    public void MissingTargetIsNotAssessed(string target)
    {
        var result = Run("5", target, false, (2022, 6m));

        Assert.Equal(IndicatorKind.TextOnly, result.Kind);
        Assert.Equal(ProgressStatus.NotAssessable, result.Status);
        Assert.Equal("无目标值，不评估进度", result.Reason);
    }

    [Theory]
    [InlineData("[71.42]", "[75]", IndicatorKind.Cumulative)]
    [InlineData("182.8", "212.7", IndicatorKind.LevelIncreasing)]
    [InlineData("5", "4", IndicatorKind.LevelDecreasing)]
    [InlineData("5.5", "<5.5", IndicatorKind.Ceiling)]
    [InlineData("≥96", ">96", IndicatorKind.Floor)]
    [InlineData("60", "60", IndicatorKind.Maintain)]
    [InlineData("—", "5.5%", IndicatorKind.NoBaseline)]
    public void NothingReportedIsNoData(string baseline, string target, IndicatorKind kind)
    {
        // Binding, yet no warning: a missing report is not a measured shortfall.
        var result = Run(baseline, target, true);

        Assert.Equal(new IndicatorProgress(kind, null, null, null, null, ProgressStatus.NoData, false, "尚无填报数据", null, null, null), result);
    }

    [Fact]
    public void ValuesOutsideThePeriodAreNoData()
    {
        // A 2020 figure is the baseline, not a report; 2026 is after the plan.
        var result = Run("182.8", "212.7", true, (2020, 182.8m), (2026, 220m));

        Assert.Equal(ProgressStatus.NoData, result.Status);
        Assert.Null(result.LatestYear);
    }
}
