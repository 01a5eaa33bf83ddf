using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>No baseline ("—" or an empty cell) with a point target: completion = latest / target.</summary>
public class NoBaselineProgressTests
{
    private const string Note = "（无基数，按最新值与目标值之比计算）";

    [Fact]
    public void OneYear()
    {
        // 株洲 开展各类职业培训人次 — → 20 万人次: 2021: 4 → 4/20 = 20%, τ = 20% → level → 基本符合预期.
        // Remaining: (20 − 4) / 4 = 4 per year. Projection: needs two reported years → null.
        var result = Run("—", "20", false, (2021, 4m));

        Assert.Equal(IndicatorKind.NoBaseline, result.Kind);
        Assert.Equal(0.2m, result.Completion);
        Assert.Equal(0.2m, result.Expected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal($"完成20%{Note}，时序进度20%，与时序进度持平", result.Reason);
        Assert.Equal(4m, result.RemainingAnnualEffort);
        Assert.Null(result.ProjectionAtEnd);
    }

    [Fact]
    public void TwoYearsGiveAPace()
    {
        // 2021: 4, 2022: 9 → 9/20 = 45%, τ = 40% → +5 → 基本符合预期.
        // Remaining: (20 − 9) / 3 = 3.67. Projection: pace (9 − 4) / 1 = 5 a year → 9 + 5 × 3 = 24.
        var result = Run("—", "20", false, (2021, 4m), (2022, 9m));

        Assert.Equal(0.45m, result.Completion);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal($"完成45%{Note}，时序进度40%，超前5个百分点", result.Reason);
        Assert.Equal(R(11m / 3m), R(result.RemainingAnnualEffort));
        Assert.Equal(24m, result.ProjectionAtEnd);
    }

    [Fact]
    public void AchievedEarly()
    {
        // 2023: 21 ≥ 20 → 105% → 提前实现.
        var result = Run("—", "20", false, (2023, 21m));

        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.Null(result.RemainingAnnualEffort);
    }

    [Fact]
    public void RateWithoutBaselineIsReadUpwards()
    {
        // 湘西 城镇调查失业率 — → 5.5%: printed as a point value (its text says 控制在5.5％以内, but the table states no
        // comparator), so the documented rule applies: 2022: 5.2 → 5.2/5.5 = 94.55%, τ = 40% → +54.55 → 快于预期.
        var result = Run("—", "5.5%", false, (2022, 5.2m));

        Assert.Equal(IndicatorKind.NoBaseline, result.Kind);
        Assert.Equal(R(5.2m / 5.5m), R(result.Completion));
        Assert.Equal(ProgressStatus.Ahead, result.Status);
        Assert.Equal($"完成95%{Note}，时序进度40%，超前55个百分点", result.Reason);
    }

    [Fact]
    public void EmptyBaselineCellBehavesLikeADash()
    {
        var dash = Run("—", "20", false, (2021, 4m));
        var empty = Run("", "20", false, (2021, 4m));

        Assert.Equal(dash, empty);
    }

    [Fact]
    public void ZeroTargetCannotBeAssessed()
    {
        var result = Run("—", "0", false, (2021, 1m));

        Assert.Equal(ProgressStatus.NotAssessable, result.Status);
        Assert.Equal("目标值为0，无法计算完成率", result.Reason);
    }

    [Fact]
    public void BindingShortfallWarns()
    {
        // 2022: 7 → 35% < τ 40% → 5 behind → 基本符合预期 but a binding shortfall.
        var result = Run("—", "20", true, (2022, 7m));

        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.True(result.BindingWarning);
    }
}
