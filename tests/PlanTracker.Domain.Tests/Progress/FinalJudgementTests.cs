using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>
/// The 总结评估 rule on rows of seeds/001 (长沙), each worked by hand: 城镇新增就业人数 [71.42] → [75] (预期性, cumulative),
/// 失业保险参保人数 182.8 → 212.7 (约束性), 城镇调查失业率 5.5 → &lt;5.5 (a ceiling); and periods of other lengths.
/// </summary>
public class FinalJudgementTests
{
    private static FinalVerdict Employment(params (int Year, decimal Value)[] values) =>
        FinalJudgement.Judge(Run("[71.42]", "[75]", false, values), binding: false, Fourteenth);

    private static FinalVerdict Insured(params (int Year, decimal Value)[] values) =>
        FinalJudgement.Judge(Run("182.8", "212.7", true, values), binding: true, Fourteenth);

    [Fact]
    public void A_five_year_total_past_its_target_is_completed()
    {
        // 16 + 15 + 15 + 15 + 15 = 76 ≥ 75 → 101% → 完成.
        Assert.Equal(FinalVerdict.Completed, Employment((2021, 16m), (2022, 15m), (2023, 15m), (2024, 15m), (2025, 15m)));
    }

    [Fact]
    public void An_expected_indicator_from_ninety_percent_is_basically_completed_and_below_it_not()
    {
        // 14 × 4 + 12 = 68 → 68 / 75 = 90.67% → 基本完成.
        Assert.Equal(FinalVerdict.BasicallyCompleted, Employment((2021, 14m), (2022, 14m), (2023, 14m), (2024, 14m), (2025, 12m)));
        // Exactly 90%: 13.5 × 5 = 67.5 = 0.9 × 75 → 基本完成 (the bound is included).
        Assert.Equal(FinalVerdict.BasicallyCompleted, Employment((2021, 13.5m), (2022, 13.5m), (2023, 13.5m), (2024, 13.5m), (2025, 13.5m)));
        // 13 × 5 = 65 → 86.67% → 未完成.
        Assert.Equal(FinalVerdict.NotCompleted, Employment((2021, 13m), (2022, 13m), (2023, 13m), (2024, 13m), (2025, 13m)));
    }

    [Fact]
    public void A_binding_indicator_short_of_its_target_by_any_amount_is_not_completed()
    {
        // 2025: 210 → (210 − 182.8) / (212.7 − 182.8) = 27.2 / 29.9 = 90.97%: 基本完成 for a 预期性 row, 未完成 for 约束性.
        Assert.Equal(FinalVerdict.NotCompleted, Insured((2024, 205m), (2025, 210m)));
        Assert.Equal(FinalVerdict.BasicallyCompleted, FinalJudgement.Judge(Run("182.8", "212.7", false, (2024, 205m), (2025, 210m)), binding: false, Fourteenth));
        // 2025: 213 ≥ 212.7 → 完成.
        Assert.Equal(FinalVerdict.Completed, Insured((2024, 205m), (2025, 213m)));
    }

    [Fact]
    public void A_ceiling_is_completed_when_the_last_year_keeps_it_whatever_the_earlier_years()
    {
        // <5.5: 2023 breached (5.8) but 2025 at 4.9 → 完成; 2025 at 5.6 → 未完成.
        Assert.Equal(FinalVerdict.Completed, FinalJudgement.Judge(Run("5.5", "<5.5", false, (2023, 5.8m), (2025, 4.9m)), false, Fourteenth));
        Assert.Equal(FinalVerdict.NotCompleted, FinalJudgement.Judge(Run("5.5", "<5.5", false, (2024, 5.0m), (2025, 5.6m)), false, Fourteenth));
    }

    [Fact]
    public void Without_the_last_years_value_the_end_is_not_judged_and_a_text_target_never_is()
    {
        // Data through 2024 only: even 16 × 4 = 64 (85%) is not called 未完成 — 2025 is missing.
        Assert.Equal(FinalVerdict.NoFinalData, Employment((2021, 16m), (2022, 16m), (2023, 16m), (2024, 16m)));
        Assert.Equal(FinalVerdict.NoFinalData, Employment());
        Assert.Equal(FinalVerdict.NotAssessable, FinalJudgement.Judge(Run("1:5:4", "1:4:5", false, (2025, 1m)), false, Fourteenth));
    }

    [Fact]
    public void A_fifteenth_plan_ends_in_2030_and_a_three_year_plan_in_its_third_year()
    {
        var fifteenth = new PlanPeriod(2026, 2030);
        // [80] over 2026–2030: 17 × 5 = 85 → 106% → 完成; a 2025 value is not the plan's and 2030 is its last year.
        var ended = ProgressEngine.Evaluate(M("[75]"), M("[80]"), cumulative: true, binding: false, Years((2025, 99m), (2026, 17m), (2027, 17m), (2028, 17m), (2029, 17m), (2030, 17m)), fifteenth);
        Assert.Equal(FinalVerdict.Completed, FinalJudgement.Judge(ended, false, fifteenth));
        var through2029 = ProgressEngine.Evaluate(M("[75]"), M("[80]"), cumulative: true, binding: false, Years((2026, 17m), (2027, 17m), (2028, 17m), (2029, 17m)), fifteenth);
        Assert.Equal(FinalVerdict.NoFinalData, FinalJudgement.Judge(through2029, false, fifteenth));

        // 2024–2026, 100 → 130 (约束性): 2026 at 127 → 27 / 30 = 90% → 未完成 (binding); 预期性 → 基本完成.
        var threeYears = new PlanPeriod(2024, 2026);
        var level = ProgressEngine.Evaluate(M("100"), M("130"), cumulative: false, binding: true, Years((2024, 110m), (2026, 127m)), threeYears);
        Assert.Equal(FinalVerdict.NotCompleted, FinalJudgement.Judge(level, true, threeYears));
        Assert.Equal(FinalVerdict.BasicallyCompleted, FinalJudgement.Judge(level, false, threeYears));
    }

    [Theory]
    [InlineData(FinalVerdict.Completed, "完成")]
    [InlineData(FinalVerdict.BasicallyCompleted, "基本完成")]
    [InlineData(FinalVerdict.NotCompleted, "未完成")]
    [InlineData(FinalVerdict.NoFinalData, "无末年数据")]
    [InlineData(FinalVerdict.NotAssessable, "不评估")]
    public void Verdicts_read_in_chinese(FinalVerdict verdict, string chinese) => Assert.Equal(chinese, verdict.ToChinese());
}
