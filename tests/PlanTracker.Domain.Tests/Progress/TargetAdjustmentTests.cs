using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>
/// 规划调整 on 长沙 失业保险参保人数 (seeds/001: 182.8 → 212.7 万人, 约束性), its target lowered to 200 from 2024: each year is
/// judged against the target in force in it, worked by hand.
/// </summary>
public class TargetAdjustmentTests
{
    private static Indicator Insured(params (int Year, string Target)[] adjustments) => new()
    {
        Name = "失业保险参保人数",
        Unit = "万人",
        Baseline = M("182.8"),
        Target = M("212.7"),
        Attribute = IndicatorAttribute.Binding,
        Adjustments = [.. adjustments.Select(a => new TargetAdjustment { EffectiveYear = a.Year, Target = M(a.Target), DocumentNumber = "长政办函〔2024〕12号", CreatedBy = "admin" })],
    };

    [Fact]
    public void The_target_in_force_is_the_latest_adjustment_up_to_the_year_else_the_printed_one()
    {
        var indicator = Insured((2025, "205"), (2024, "200"));

        Assert.Equal("212.7", indicator.TargetIn(2023).Text);
        Assert.Equal("200", indicator.TargetIn(2024).Text);
        Assert.Equal("205", indicator.TargetIn(2025).Text);
        Assert.Equal("212.7", indicator.Target.Text);
        Assert.Null(indicator.AdjustmentIn(2023));
    }

    [Fact]
    public void A_year_before_the_adjustment_is_judged_on_the_printed_target_and_a_year_from_it_on_the_new_one()
    {
        var indicator = Insured((2024, "200"));

        // 2023 (τ 60%): (195 − 182.8) / (212.7 − 182.8) = 12.2 / 29.9 = 40.8% → 19.2 points behind → 滞后.
        var in2023 = ProgressEngine.Evaluate(indicator, Years((2023, 195m)), Fourteenth);
        // 2024 (τ 80%): (195 − 182.8) / (200 − 182.8) = 12.2 / 17.2 = 70.9% → 9.1 points behind → 基本符合预期
        // (on the printed target: 40.8% → 39.2 behind → 严重滞后).
        var in2024 = ProgressEngine.Evaluate(indicator, Years((2023, 195m), (2024, 195m)), Fourteenth);
        var printed = ProgressEngine.Evaluate(Insured(), Years((2023, 195m), (2024, 195m)), Fourteenth);

        Assert.Equal((0.408027m, ProgressStatus.Behind), (R(in2023.Completion), in2023.Status));
        Assert.Equal((0.709302m, ProgressStatus.OnTrack), (R(in2024.Completion), in2024.Status));
        Assert.Equal(ProgressStatus.SeverelyBehind, printed.Status);
        Assert.Equal([ProgressStatus.Behind, ProgressStatus.OnTrack], ProgressEngine.EvaluateEachYear(indicator, Years((2023, 195m), (2024, 195m)), Fourteenth).Select(p => p.Status));
    }

    [Fact]
    public void The_final_evaluation_judges_the_last_year_against_the_target_in_force_then()
    {
        // 2025: 201 ≥ 200 (adjusted) → 完成; against the printed 212.7: (201 − 182.8) / 29.9 = 61% → 未完成 (约束性).
        var adjusted = ProgressEngine.Evaluate(Insured((2024, "200")), Years((2025, 201m)), Fourteenth);
        var printed = ProgressEngine.Evaluate(Insured(), Years((2025, 201m)), Fourteenth);

        Assert.Equal(FinalVerdict.Completed, FinalJudgement.Judge(adjusted, binding: true, Fourteenth));
        Assert.Equal(FinalVerdict.NotCompleted, FinalJudgement.Judge(printed, binding: true, Fourteenth));
    }
}
