using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>Ceilings, floors and maintain targets: judged on the latest year's value, no interpolation.</summary>
public class BoundProgressTests
{
    [Fact]
    public void CeilingRespected()
    {
        // 长沙 城镇调查失业率 5.5 → <5.5: 2023: 5.2 < 5.5 → respected → 基本符合预期 (not 提前实现: it must hold every year).
        var result = Run("5.5", "<5.5", false, (2023, 5.2m));

        Assert.Equal(IndicatorKind.Ceiling, result.Kind);
        Assert.Equal(2023, result.LatestYear);
        Assert.Equal(5.2m, result.LatestValue);
        Assert.True(result.BoundRespected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("2023年5.2，低于5.5的控制目标", result.Reason);
        Assert.Null(result.Completion);
        Assert.Null(result.Expected);
        Assert.Null(result.RemainingAnnualEffort);
        Assert.Null(result.ProjectionAtEnd);
        Assert.False(result.BindingWarning);
    }

    [Fact]
    public void CeilingBreached()
    {
        // 2023: 5.8 > 5.5 → breached → 滞后; 预期性 → no warning.
        var result = Run("5.5", "<5.5", false, (2023, 5.8m));

        Assert.False(result.BoundRespected);
        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("2023年5.8，超出5.5的控制目标", result.Reason);
        Assert.False(result.BindingWarning);
    }

    [Fact]
    public void StrictCeilingIsBreachedAtTheBound()
    {
        // <5.5: 5.5 is not below 5.5.
        var result = Run("5.5", "<5.5", false, (2022, 5.5m));

        Assert.False(result.BoundRespected);
        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("2022年5.5，未低于5.5的控制目标", result.Reason);
    }

    [Fact]
    public void InclusiveCeilingIsRespectedAtTheBound()
    {
        // ≤4.5: 4.5 is within.
        var result = Run("3", "≤4.5", false, (2022, 4.5m));

        Assert.True(result.BoundRespected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("2022年4.5，等于4.5的控制目标上限", result.Reason);
    }

    [Fact]
    public void BindingCeilingBreachIsAWarning()
    {
        var breached = Run("5.5", "<5.5", true, (2023, 5.8m));
        var kept = Run("5.5", "<5.5", true, (2023, 5.2m));

        Assert.True(breached.BindingWarning);
        Assert.False(kept.BindingWarning);
    }

    [Fact]
    public void OnlyTheLatestYearIsJudged()
    {
        // 2021: 5.8 (breached), 2022: 5.3 (kept) → now 基本符合预期; the per-year history still shows the 2021 breach.
        var values = Years((2021, 5.8m), (2022, 5.3m));
        var now = ProgressEngine.Evaluate(M("5.5"), M("<5.5"), false, true, values, P.Fourteenth);
        var history = ProgressEngine.EvaluateEachYear(M("5.5"), M("<5.5"), false, true, values, P.Fourteenth);

        Assert.Equal(ProgressStatus.OnTrack, now.Status);
        Assert.False(now.BindingWarning);
        Assert.Equal([ProgressStatus.Behind, ProgressStatus.OnTrack], history.Select(h => h.Status));
        Assert.Equal([true, false], history.Select(h => h.BindingWarning));
    }

    [Fact]
    public void FloorRespected()
    {
        // 长沙 基本养老保险参保覆盖率 ≥96 → >96: 2022: 96.5 > 96 → respected.
        var result = Run("≥96", ">96", false, (2022, 96.5m));

        Assert.Equal(IndicatorKind.Floor, result.Kind);
        Assert.True(result.BoundRespected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("2022年96.5，高于96的目标下限", result.Reason);
        Assert.Null(result.Completion);
        Assert.Null(result.ProjectionAtEnd);
    }

    [Fact]
    public void StrictFloorIsBreachedAtTheBound()
    {
        // >96: 96 is not above 96.
        var result = Run("≥96", ">96", false, (2022, 96m));

        Assert.False(result.BoundRespected);
        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("2022年96，未高于96的目标下限", result.Reason);
    }

    [Fact]
    public void FloorBreached()
    {
        var result = Run("≥96", ">96", true, (2022, 95.8m));

        Assert.False(result.BoundRespected);
        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("2022年95.8，低于96的目标下限", result.Reason);
        Assert.True(result.BindingWarning);
    }

    [Fact]
    public void InclusiveFloorIsRespectedAtTheBound()
    {
        var result = Run("96", "≥96", false, (2022, 96m));

        Assert.True(result.BoundRespected);
        Assert.Equal("2022年96，达到96的目标下限", result.Reason);
    }

    [Fact]
    public void MaintainAbove()
    {
        // 株洲 劳动人事争议仲裁结案率 90% → 90%: treated as a floor at the target (latest ≥ 90). 2022: 92 → kept.
        var result = Run("90%", "90%", false, (2022, 92m));

        Assert.Equal(IndicatorKind.Maintain, result.Kind);
        Assert.True(result.BoundRespected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("2022年92，高于90的保持目标", result.Reason);
        Assert.Null(result.Completion);
        Assert.Null(result.RemainingAnnualEffort);
    }

    [Fact]
    public void MaintainAtTheTarget()
    {
        var result = Run("90%", "90%", false, (2022, 90m));

        Assert.True(result.BoundRespected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal("2022年90，达到90的保持目标", result.Reason);
    }

    [Fact]
    public void MaintainBelow()
    {
        // 60 → 60 (a 调解成功率): 2022: 58 < 60 → 滞后; binding → warning.
        var result = Run("60", "60", true, (2022, 58m));

        Assert.False(result.BoundRespected);
        Assert.Equal(ProgressStatus.Behind, result.Status);
        Assert.Equal("2022年58，低于60的保持目标", result.Reason);
        Assert.True(result.BindingWarning);
    }
}
