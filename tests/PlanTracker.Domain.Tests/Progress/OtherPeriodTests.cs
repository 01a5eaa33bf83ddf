using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>Periods other than 2021–2025, worked by hand: τ, remaining effort and projection follow the plan's own years.</summary>
public class OtherPeriodTests
{
    private static readonly PlanPeriod Fifteenth = new(2026, 2030);

    [Fact]
    public void A_15th_plan_counts_its_own_years_only()
    {
        // [60] over 2026–2030; 2025 (the 14th plan's last year) is not this plan's: 13 + 12 = 25 → 25/60 = 41.67%,
        // τ = 2/5 = 40% → +1.67 points → 基本符合预期. Remaining (60 − 25) / 3 = 11.67; projection 25 × 5 / 2 = 62.5.
        var result = ProgressEngine.Evaluate(M("—"), M("[60]"), false, false, Years((2025, 14m), (2026, 13m), (2027, 12m)), Fifteenth);

        Assert.Equal(2027, result.LatestYear);
        Assert.Equal(R(25m / 60m), R(result.Completion));
        Assert.Equal(0.4m, result.Expected);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal(R(35m / 3m), R(result.RemainingAnnualEffort));
        Assert.Equal(62.5m, result.ProjectionAtEnd);
    }

    [Fact]
    public void A_value_of_the_previous_period_alone_is_no_data()
    {
        var result = ProgressEngine.Evaluate(M("5.5"), M("<5.5"), false, true, Years((2025, 4.8m)), Fifteenth);

        Assert.Equal(ProgressStatus.NoData, result.Status);
    }

    [Fact]
    public void A_three_year_plan_has_thirds()
    {
        // 100 → 130 over 2024–2026: 2024 110 → (110 − 100) / 30 = 33.33%, τ = 1/3 → 0 points → 基本符合预期.
        // Remaining (130 − 110) / 2 = 10 a year; projection 100 + 10 × 3 / 1 = 130.
        var result = ProgressEngine.Evaluate(M("100"), M("130"), false, false, Years((2024, 110m)), new PlanPeriod(2024, 2026));

        Assert.Equal(R(1m / 3m), R(result.Completion));
        Assert.Equal(R(1m / 3m), R(result.Expected));
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal(10m, result.RemainingAnnualEffort);
        Assert.Equal(130m, result.ProjectionAtEnd);
    }

    [Fact]
    public void The_final_year_of_a_15th_plan_names_2030()
    {
        // [60]: 12 a year for five years = 60 → met in the final year.
        var result = ProgressEngine.Evaluate(
            M("—"), M("[60]"), false, false, Years((2026, 12m), (2027, 12m), (2028, 12m), (2029, 12m), (2030, 12m)), Fifteenth);

        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.EndsWith("已实现2030年目标", result.Reason, StringComparison.Ordinal);
    }
}
