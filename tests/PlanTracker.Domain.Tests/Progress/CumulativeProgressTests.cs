using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>长沙 城镇新增就业人数 [71.42] → [75] 万人 (预期性), and 株洲's cumulative floor [&gt;25].</summary>
public class CumulativeProgressTests
{
    private static IndicatorProgress Changsha(params (int Year, decimal Value)[] values) =>
        Run("[71.42]", "[75]", false, values);

    [Fact]
    public void OnTrackAfterTwoYears()
    {
        // 2021: 16, 2022: 15 → sum 31, completion 31/75 = 41.33%, τ = 2/5 = 40% → +1.33 points → 基本符合预期.
        // Remaining: (75 − 31) / 3 years = 14.67 per year. Projection: 31 / 2 × 5 = 77.5.
        var result = Changsha((2021, 16m), (2022, 15m));

        Assert.Equal(IndicatorKind.Cumulative, result.Kind);
        Assert.Equal(2022, result.LatestYear);
        Assert.Equal(15m, result.LatestValue);
        Assert.Equal(R(31m / 75m), R(result.Completion));
        Assert.Equal(0.4m, result.Expected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.False(result.BindingWarning);
        Assert.Equal("完成41%，时序进度40%，超前1个百分点", result.Reason);
        Assert.Equal(R(44m / 3m), R(result.RemainingAnnualEffort));
        Assert.Equal(77.5m, result.ProjectionAtEnd);
        Assert.Null(result.BoundRespected);
    }

    [Fact]
    public void Behind()
    {
        // 10 + 10 + 11.5 = 31.5 → 31.5/75 = 42%, τ = 3/5 = 60% → 18 points behind → 滞后 (10 < 18 ≤ 30).
        // Remaining: (75 − 31.5) / 2 = 21.75. Projection: 31.5 / 3 × 5 = 52.5.
        var result = Changsha((2021, 10m), (2022, 10m), (2023, 11.5m));

        Assert.Equal(0.42m, R(result.Completion));
        Assert.Equal(0.6m, result.Expected);
        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("完成42%，时序进度60%，落后18个百分点", result.Reason);
        Assert.Equal(21.75m, result.RemainingAnnualEffort);
        Assert.Equal(52.5m, result.ProjectionAtEnd);
    }

    [Fact]
    public void SeverelyBehind()
    {
        // 7 × 3 = 21 → 21/75 = 28%, τ = 60% → 32 points behind → 严重滞后 (> 30).
        // Remaining: (75 − 21) / 2 = 27. Projection: 21 / 3 × 5 = 35.
        var result = Changsha((2021, 7m), (2022, 7m), (2023, 7m));

        Assert.Equal(0.28m, R(result.Completion));
        Assert.Equal(ProgressStatus.SeverelyBehind, result.Status);
        Assert.Equal("完成28%，时序进度60%，落后32个百分点", result.Reason);
        Assert.Equal(27m, result.RemainingAnnualEffort);
        Assert.Equal(35m, result.ProjectionAtEnd);
    }

    [Fact]
    public void SlightlyAheadIsStillOnTrack()
    {
        // 17 × 3 = 51 → 68%, τ = 60% → 8 points ahead (< 10) → 基本符合预期.
        var result = Changsha((2021, 17m), (2022, 17m), (2023, 17m));

        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("完成68%，时序进度60%，超前8个百分点", result.Reason);
    }

    [Fact]
    public void Ahead()
    {
        // 18 + 18 + 16.5 = 52.5 → 70%, τ = 60% → exactly 10 points ahead → 快于预期.
        // Remaining: (75 − 52.5) / 2 = 11.25. Projection: 52.5 / 3 × 5 = 87.5.
        var result = Changsha((2021, 18m), (2022, 18m), (2023, 16.5m));

        Assert.Equal(0.7m, R(result.Completion));
        Assert.Equal(ProgressStatus.Ahead, result.Status);
        Assert.Equal("完成70%，时序进度60%，超前10个百分点", result.Reason);
        Assert.Equal(11.25m, result.RemainingAnnualEffort);
        Assert.Equal(87.5m, result.ProjectionAtEnd);
    }

    [Fact]
    public void AchievedEarly()
    {
        // 20 + 20 + 20 + 16 = 76 ≥ 75 by 2024 → 提前实现; 76/75 = 101.33%, τ = 80%.
        // No remaining effort. Projection: 76 / 4 × 5 = 95.
        var result = Changsha((2021, 20m), (2022, 20m), (2023, 20m), (2024, 16m));

        Assert.Equal(R(76m / 75m), R(result.Completion));
        Assert.Equal(0.8m, result.Expected);
        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.Equal("完成101%，时序进度80%，已提前实现2025年目标", result.Reason);
        Assert.Null(result.RemainingAnnualEffort);
        Assert.Equal(95m, result.ProjectionAtEnd);
    }

    [Fact]
    public void MetInTheFinalYear()
    {
        // 15 × 5 = 75 = target in 2025 → met (same category, the reason says 已实现). No year left → no effort.
        var result = Changsha((2021, 15m), (2022, 15m), (2023, 15m), (2024, 15m), (2025, 15m));

        Assert.Equal(1m, result.Completion);
        Assert.Equal(1m, result.Expected);
        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.Equal("完成100%，时序进度100%，已实现2025年目标", result.Reason);
        Assert.Null(result.RemainingAnnualEffort);
        Assert.Equal(75m, result.ProjectionAtEnd);
    }

    [Fact]
    public void ShortInTheFinalYearHasNoRemainingEffort()
    {
        // 14 × 5 = 70 → 93.33%, τ = 100% → 6.67 points behind → 基本符合预期; no year left → effort null.
        var result = Changsha((2021, 14m), (2022, 14m), (2023, 14m), (2024, 14m), (2025, 14m));

        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("完成93%，时序进度100%，落后7个百分点", result.Reason);
        Assert.Null(result.RemainingAnnualEffort);
        Assert.Equal(70m, result.ProjectionAtEnd);
    }

    [Theory]
    // All reported in 2023 (τ = 60%) with 2021 and 2022 reported as 0; completion = sum / 75.
    [InlineData("37.5", ProgressStatus.OnTrack)]          // 50%: exactly 10 behind → still 基本符合预期
    [InlineData("37.49", ProgressStatus.Behind)]          // 49.99%: 10.01 behind → 滞后
    [InlineData("22.5", ProgressStatus.Behind)]           // 30%: exactly 30 behind → still 滞后
    [InlineData("22.49", ProgressStatus.SeverelyBehind)]  // 29.99%: 30.01 behind → 严重滞后
    [InlineData("52.5", ProgressStatus.Ahead)]            // 70%: exactly 10 ahead → 快于预期
    [InlineData("52.49", ProgressStatus.OnTrack)]         // 69.99%: 9.99 ahead → 基本符合预期
    [InlineData("45", ProgressStatus.OnTrack)]            // 60%: level with τ
    [InlineData("0", ProgressStatus.SeverelyBehind)]      // 0%: 60 behind
    [InlineData("74.99", ProgressStatus.Ahead)]           // 99.99%: not yet met
    [InlineData("75", ProgressStatus.AchievedEarly)]      // 100%: met
    public void StatusBoundaries(string sum, ProgressStatus expected)
    {
        var result = Changsha((2021, 0m), (2022, 0m), (2023, D(sum)));

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void AMissingYearAddsNothing()
    {
        // 2021: 16, 2023: 15 (2022 not reported) → sum 31 = 41.33%, τ from 2023 = 60% → 18.67 behind → 滞后.
        // The reason subtracts rounded percentages: 60 − 41 = 19.
        var result = Changsha((2021, 16m), (2023, 15m));

        Assert.Equal(0.6m, result.Expected);
        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("完成41%，时序进度60%，落后19个百分点", result.Reason);
    }

    [Fact]
    public void ANetDecreaseIsMovingAwayFromTheTarget()
    {
        // 2021: −1 → −1/75 = −1.33% < 0 → 严重滞后; reason: 20 − (−1) = 21 points behind.
        var result = Changsha((2021, -1m));

        Assert.Equal(ProgressStatus.SeverelyBehind, result.Status);
        Assert.Equal("完成-1%，时序进度20%，落后21个百分点，与目标方向相反", result.Reason);
    }

    [Fact]
    public void TheFlagMakesAnUnbracketedTargetCumulative()
    {
        // cumulative: true with target "75": 16 + 15 = 31 → same as [75].
        var result = ProgressEngine.Evaluate(M("—"), M("75"), cumulative: true, binding: false, Years((2021, 16m), (2022, 15m)), P.Fourteenth);

        Assert.Equal(IndicatorKind.Cumulative, result.Kind);
        Assert.Equal(R(31m / 75m), R(result.Completion));
    }

    [Fact]
    public void AZeroTargetCannotBeAssessed()
    {
        var result = Run("—", "[0]", false, (2021, 3m));

        Assert.Equal(IndicatorKind.Cumulative, result.Kind);
        Assert.Equal(ProgressStatus.NotAssessable, result.Status);
        Assert.Equal("目标值为0，无法计算完成率", result.Reason);
        Assert.Null(result.Completion);
        Assert.Equal(2021, result.LatestYear);
    }

    [Fact]
    public void CumulativeFloorOnTrack()
    {
        // 株洲 城镇新增就业人数 28.58 → [>25]: 2021: 6, 2022: 5 → 11/25 = 44%, τ = 40% → +4 → 基本符合预期.
        // Remaining: (25 − 11) / 3 = 4.67. Projection: 11 / 2 × 5 = 27.5.
        var result = Run("28.58", "[>25]", false, (2021, 6m), (2022, 5m));

        Assert.Equal(IndicatorKind.Cumulative, result.Kind);
        Assert.Equal(0.44m, result.Completion);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("完成44%，时序进度40%，超前4个百分点", result.Reason);
        Assert.Equal(R(14m / 3m), R(result.RemainingAnnualEffort));
        Assert.Equal(27.5m, result.ProjectionAtEnd);
        Assert.Null(result.BoundRespected);
    }

    [Fact]
    public void CumulativeFloorMustBeExceeded()
    {
        // [>25]: 5 × 5 = 25 is not more than 25 → not met; 100% vs τ 100% → 基本符合预期, level with τ.
        var result = Run("28.58", "[>25]", false, (2021, 5m), (2022, 5m), (2023, 5m), (2024, 5m), (2025, 5m));

        Assert.Equal(1m, result.Completion);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("完成100%，时序进度100%，与时序进度持平", result.Reason);
    }

    [Fact]
    public void CumulativeFloorAchievedEarly()
    {
        // 7 + 7 + 7 + 5 = 26 > 25 by 2024 → 提前实现; 26/25 = 104%.
        var result = Run("28.58", "[>25]", false, (2021, 7m), (2022, 7m), (2023, 7m), (2024, 5m));

        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.Equal("完成104%，时序进度80%，已提前实现2025年目标", result.Reason);
    }

    [Fact]
    public void CumulativeCeilingJudgesTheRunningSum()
    {
        // [<5]: 2 + 2 = 4 < 5 → respected; adding 2023: 2 → 6 ≥ 5 → breached → 滞后.
        var kept = Run("—", "[<5]", false, (2021, 2m), (2022, 2m));
        var breached = Run("—", "[<5]", false, (2021, 2m), (2022, 2m), (2023, 2m));

        Assert.Equal(IndicatorKind.Ceiling, kept.Kind);
        Assert.True(kept.BoundRespected);
        Assert.Equal(ProgressStatus.OnTrack, kept.Status);
        Assert.Equal("截至2022年累计4，低于5的控制目标", kept.Reason);
        Assert.False(breached.BoundRespected);
        Assert.Equal(ProgressStatus.Behind, breached.Status);
        Assert.Equal("截至2023年累计6，超出5的控制目标", breached.Reason);
    }
}
