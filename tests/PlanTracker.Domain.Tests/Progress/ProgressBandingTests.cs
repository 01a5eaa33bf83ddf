using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

public class ProgressBandingTests
{
    [Fact]
    public void DefaultIsTenTenThirty() => Assert.Equal(new ProgressBanding(10, 10, 30), ProgressBanding.Default);

    [Theory]
    // completion, τ → lead = (completion − τ) × 100.
    [InlineData("0.5", "0.4", ProgressStatus.Ahead)]           // +10
    [InlineData("0.4999", "0.4", ProgressStatus.OnTrack)]      // +9.99
    [InlineData("0.4", "0.4", ProgressStatus.OnTrack)]         // 0
    [InlineData("0.3", "0.4", ProgressStatus.OnTrack)]         // −10
    [InlineData("0.2999", "0.4", ProgressStatus.Behind)]       // −10.01
    [InlineData("0.1", "0.4", ProgressStatus.Behind)]          // −30
    [InlineData("0.0999", "0.4", ProgressStatus.SeverelyBehind)] // −30.01
    [InlineData("1.5", "1", ProgressStatus.Ahead)]             // banding alone never says 提前实现
    public void DefaultBands(string completion, string tau, ProgressStatus expected) =>
        Assert.Equal(expected, ProgressBanding.Default.Classify(D(completion), D(tau)));

    [Theory]
    // 长沙 [75] with everything reported in 2023 (τ = 60%); custom bands ±5, severe beyond 20.
    [InlineData("39", ProgressStatus.OnTrack, ProgressStatus.Behind)]             // 52%: 8 behind
    [InlineData("50.25", ProgressStatus.OnTrack, ProgressStatus.Ahead)]           // 67%: 7 ahead
    [InlineData("26.25", ProgressStatus.Behind, ProgressStatus.SeverelyBehind)]   // 35%: 25 behind
    [InlineData("42", ProgressStatus.OnTrack, ProgressStatus.OnTrack)]            // 56%: 4 behind
    public void CustomBandingChangesTheCategory(string sum, ProgressStatus byDefault, ProgressStatus custom)
    {
        var values = Years((2021, 0m), (2022, 0m), (2023, D(sum)));
        var banding = new ProgressBanding(AheadPoints: 5, BehindPoints: 5, SeverelyBehindPoints: 20);

        Assert.Equal(byDefault, ProgressEngine.Evaluate(M("[71.42]"), M("[75]"), false, false, values, P.Fourteenth).Status);
        Assert.Equal(custom, ProgressEngine.Evaluate(M("[71.42]"), M("[75]"), false, false, values, P.Fourteenth, banding).Status);
    }

    [Fact]
    public void CustomBandingAppliesToEachYear()
    {
        // 2021: 14 → 18.67% vs τ 20% → 1.33 behind: on track by default, behind with a 1-point band.
        var banding = new ProgressBanding(1, 1, 5);
        var history = ProgressEngine.EvaluateEachYear(M("[71.42]"), M("[75]"), false, false, Years((2021, 14m)), P.Fourteenth, banding);

        Assert.Equal(ProgressStatus.Behind, history.Single().Status);
    }

    [Theory]
    [InlineData(-1, 10, 30)]
    [InlineData(10, -1, 30)]
    [InlineData(10, 10, -1)]
    [InlineData(10, 30, 10)]
    public void InvalidBandingIsRejected(int ahead, int behind, int severe) =>
        Assert.Throws<ArgumentException>(() =>
            ProgressEngine.Evaluate(M("[71.42]"), M("[75]"), false, false, Years((2021, 1m)), P.Fourteenth, banding: new ProgressBanding(ahead, behind, severe)));
}
