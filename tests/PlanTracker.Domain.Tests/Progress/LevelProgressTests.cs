using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>
/// Level indicators: 长沙 失业保险参保人数 182.8 → 212.7 万人 (约束性): distance 29.9; and a falling level 5.0 → 4.0.
/// </summary>
public class LevelProgressTests
{
    private static IndicatorProgress Insured(params (int Year, decimal Value)[] values) =>
        Run("182.8", "212.7", true, values);

    private static IndicatorProgress Falling(params (int Year, decimal Value)[] values) =>
        Run("5.0", "4.0", false, values);

    [Fact]
    public void IncreasingOnTrack()
    {
        // 2021: 190, 2022: 195 → (195 − 182.8) / 29.9 = 12.2/29.9 = 40.80%, τ = 40% → +0.80 → 基本符合预期, no warning.
        // Remaining: (212.7 − 195) / 3 = 5.9. Projection: 182.8 + 12.2 / 2 × 5 = 213.3.
        var result = Insured((2021, 190m), (2022, 195m));

        Assert.Equal(IndicatorKind.LevelIncreasing, result.Kind);
        Assert.Equal(2022, result.LatestYear);
        Assert.Equal(195m, result.LatestValue);
        Assert.Equal(R(12.2m / 29.9m), R(result.Completion));
        Assert.Equal(0.4m, result.Expected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.False(result.BindingWarning);
        Assert.Equal("完成41%，时序进度40%，超前1个百分点", result.Reason);
        Assert.Equal(5.9m, result.RemainingAnnualEffort);
        Assert.Equal(213.3m, result.ProjectionAtEnd);
        Assert.Null(result.BoundRespected);
    }

    [Fact]
    public void IncreasingBehind()
    {
        // 2023: 195 → 40.80%, τ = 60% → 19.2 behind → 滞后 (reason: 60 − 41 = 19).
        var result = Insured((2023, 195m));

        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("完成41%，时序进度60%，落后19个百分点", result.Reason);
        Assert.True(result.BindingWarning);
    }

    [Fact]
    public void IncreasingSeverelyBehind()
    {
        // 2023: 188 → 5.2/29.9 = 17.39%, τ = 60% → 42.6 behind → 严重滞后.
        // Remaining: (212.7 − 188) / 2 = 12.35. Projection: 182.8 + 5.2 / 3 × 5 = 191.4667.
        var result = Insured((2023, 188m));

        Assert.Equal(ProgressStatus.SeverelyBehind, result.Status);
        Assert.Equal("完成17%，时序进度60%，落后43个百分点", result.Reason);
        Assert.Equal(12.35m, result.RemainingAnnualEffort);
        Assert.Equal(R(182.8m + (5.2m * 5m / 3m), 4), R(result.ProjectionAtEnd, 4));
    }

    [Fact]
    public void IncreasingAhead()
    {
        // 2022: 198 → 15.2/29.9 = 50.84%, τ = 40% → +10.84 → 快于预期.
        var result = Insured((2022, 198m));

        Assert.Equal(ProgressStatus.Ahead, result.Status);
        Assert.Equal("完成51%，时序进度40%，超前11个百分点", result.Reason);
        Assert.False(result.BindingWarning);
    }

    [Fact]
    public void IncreasingAchievedEarly()
    {
        // 2024: 213 ≥ 212.7 → 30.2/29.9 = 101.0% → 提前实现, no warning, no remaining effort.
        // Projection: 182.8 + 30.2 / 4 × 5 = 220.55.
        var result = Insured((2024, 213m));

        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.Equal("完成101%，时序进度80%，已提前实现2025年目标", result.Reason);
        Assert.False(result.BindingWarning);
        Assert.Null(result.RemainingAnnualEffort);
        Assert.Equal(220.55m, result.ProjectionAtEnd);
    }

    [Fact]
    public void ReachingTheTargetExactlyIsAchieved()
    {
        // 2024: 212.7 → 29.9/29.9 = 100% → 提前实现.
        var result = Insured((2024, 212.7m));

        Assert.Equal(1m, result.Completion);
        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
    }

    [Fact]
    public void MovingAwayFromTheTargetIsSeverelyBehind()
    {
        // 2021: 180 < baseline 182.8 → −2.8/29.9 = −9.36%, τ = 20% → 29.4 behind, which the banding alone would call
        // 滞后, but a negative completion is always 严重滞后. Reason: 20 − (−9) = 29.
        // Remaining: (212.7 − 180) / 4 = 8.175. Projection: 182.8 + (−2.8) / 1 × 5 = 168.8.
        var result = Insured((2021, 180m));

        Assert.True(result.Completion < 0);
        Assert.Equal(ProgressStatus.SeverelyBehind, result.Status);
        Assert.True(result.BindingWarning);
        Assert.Equal("完成-9%，时序进度20%，落后29个百分点，与目标方向相反", result.Reason);
        Assert.Equal(8.175m, result.RemainingAnnualEffort);
        Assert.Equal(168.8m, result.ProjectionAtEnd);
    }

    [Fact]
    public void DecreasingOnTrack()
    {
        // 5.0 → 4.0: 2021: 4.8, 2022: 4.6 → (4.6 − 5.0) / (4.0 − 5.0) = 40%, τ = 40% → level → 基本符合预期.
        // Remaining: |4.0 − 4.6| / 3 = 0.2 per year, never negative: the kind says it is a fall (降低). Projection: 5.0 + (−0.4) / 2 × 5 = 4.0.
        var result = Falling((2021, 4.8m), (2022, 4.6m));

        Assert.Equal(IndicatorKind.LevelDecreasing, result.Kind);
        Assert.Equal(0.4m, result.Completion);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("完成40%，时序进度40%，与时序进度持平", result.Reason);
        Assert.Equal(0.2m, result.RemainingAnnualEffort);
        Assert.Equal("今后每年需降低 0.2 个百分点", RemainingEffort.Sentence(result, "%"));
        Assert.Equal(4.0m, result.ProjectionAtEnd);
    }

    [Fact]
    public void DecreasingBehind()
    {
        // 2023: 4.7 → 30%, τ = 60% → exactly 30 behind → 滞后.
        var result = Falling((2023, 4.7m));

        Assert.Equal(0.3m, result.Completion);
        Assert.Equal(ProgressStatus.Behind, result.Status);
    }

    [Fact]
    public void DecreasingMovingUpIsSeverelyBehind()
    {
        // 2021: 5.2 → (5.2 − 5.0) / (4.0 − 5.0) = −20% → 严重滞后; reason 20 − (−20) = 40.
        var result = Falling((2021, 5.2m));

        Assert.Equal(-0.2m, result.Completion);
        Assert.Equal(ProgressStatus.SeverelyBehind, result.Status);
        Assert.Equal("完成-20%，时序进度20%，落后40个百分点，与目标方向相反", result.Reason);
    }

    [Fact]
    public void DecreasingAchievedEarly()
    {
        // 2023: 3.9 ≤ 4.0 → 110% → 提前实现.
        var result = Falling((2023, 3.9m));

        Assert.Equal(1.1m, result.Completion);
        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.Null(result.RemainingAnnualEffort);
    }

    [Fact]
    public void TargetBelowBaselineFollowsTheTargetsDirection()
    {
        // 鄂州 劳动人事争议调解成功率 as printed: 2020 70 → 2025 60. By the rule "the direction of the target decides",
        // 2022: 65 is (65 − 70) / (60 − 70) = 50% of the way down, τ = 40% → +10 → 快于预期.
        var result = Run("70", "60", false, (2022, 65m));

        Assert.Equal(IndicatorKind.LevelDecreasing, result.Kind);
        Assert.Equal(0.5m, result.Completion);
        Assert.Equal(ProgressStatus.Ahead, result.Status);
    }
}
