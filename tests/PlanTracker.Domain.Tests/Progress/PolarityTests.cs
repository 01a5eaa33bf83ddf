using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>
/// An indicator's direction from its meaning: a target on the wrong side of its baseline is a bound to hold, a
/// 失业率 without a baseline is a ceiling, and a genuine fall is worded as one. Values worked by hand.
/// </summary>
public class PolarityTests
{
    private static IndicatorProgress Run(string baseline, string target, Polarity polarity, bool binding, params (int Year, decimal Value)[] values) =>
        ProgressEngine.Evaluate(M(baseline), M(target), cumulative: false, binding, Years(values), Fourteenth, polarity: polarity);

    [Theory]
    [InlineData("城镇调查失业率", Polarity.LowerIsBetter)]
    [InlineData("城镇登记失业率", Polarity.LowerIsBetter)]
    [InlineData("劳动人事争议仲裁结案率", Polarity.HigherIsBetter)]
    [InlineData("基本养老保险参保率", Polarity.HigherIsBetter)]
    [InlineData("社会保障卡持卡人口覆盖率", Polarity.HigherIsBetter)]
    // 失业保险 is not 失业率: the insurance's coverage is better higher, its count says nothing by its name.
    [InlineData("失业保险参保率", Polarity.HigherIsBetter)]
    [InlineData("失业保险参保人数", Polarity.FromTarget)]
    // The head of the name is its end: complaints and unpaid wages are bad, but the cases' settlement rate is better higher.
    [InlineData("劳动保障监察举报投诉案件结案率", Polarity.HigherIsBetter)]
    [InlineData("欠薪案件结案率", Polarity.HigherIsBetter)]
    [InlineData("工伤事故发生率", Polarity.LowerIsBetter)]
    [InlineData("城镇新增就业人数", Polarity.FromTarget)]
    [InlineData("", Polarity.FromTarget)]
    public void The_name_suggests_a_polarity_only_when_it_says_one(string name, Polarity expected) =>
        Assert.Equal(expected, Polarities.Suggest(name));

    [Fact]
    public void The_catalogue_polarity_wins_over_the_name_even_when_it_says_follow_the_target()
    {
        Assert.Equal(Polarity.FromTarget, Polarities.Resolve(Polarity.FromTarget, "劳动人事争议仲裁结案率"));
        Assert.Equal(Polarity.LowerIsBetter, Polarities.Resolve(Polarity.LowerIsBetter, "某项新指标"));
        Assert.Equal(Polarity.HigherIsBetter, Polarities.Resolve(null, "劳动人事争议仲裁结案率"));
    }

    [Fact]
    public void A_falling_target_of_a_rate_better_higher_is_a_floor_to_hold()
    {
        // 结案率 100 → 96 (no comparator printed): keep ≥ 96. 2023: 97 → kept → 基本符合预期, not 超前 or 滞后 along a
        // falling path; nothing to "complete" each year.
        var kept = Run("100", "96", Polarity.HigherIsBetter, true, (2022, 98m), (2023, 97m));

        Assert.Equal(IndicatorKind.Floor, kept.Kind);
        Assert.True(kept.BoundRespected);
        Assert.Equal(ProgressStatus.OnTrack, kept.Status);
        Assert.Equal("2023年97，高于96的目标下限", kept.Reason);
        Assert.Null(kept.Completion);
        Assert.Null(kept.RemainingAnnualEffort);
        Assert.Null(RemainingEffort.Sentence(kept, "%"));
        Assert.False(kept.BindingWarning);

        // Without a comparator the floor is inclusive: 96 itself keeps it.
        var atFloor = Run("100", "96", Polarity.HigherIsBetter, true, (2023, 96m));
        Assert.True(atFloor.BoundRespected);
        Assert.Equal("2023年96，达到96的目标下限", atFloor.Reason);

        // 95.5 breaks it: 滞后 and, being 约束性, a warning.
        var broken = Run("100", "96", Polarity.HigherIsBetter, true, (2023, 95.5m));
        Assert.False(broken.BoundRespected);
        Assert.Equal(ProgressStatus.Behind, broken.Status);
        Assert.Equal("2023年95.5，低于96的目标下限", broken.Reason);
        Assert.True(broken.BindingWarning);
    }

    [Fact]
    public void Without_a_polarity_the_printed_direction_still_decides()
    {
        // The same 100 → 96 with nothing known of its meaning is a falling level: 2023: 97 → (97 − 100) / (96 − 100) = 75%.
        var result = Run("100", "96", Polarity.FromTarget, false, (2023, 97m));

        Assert.Equal(IndicatorKind.LevelDecreasing, result.Kind);
        Assert.Equal(0.75m, result.Completion);
    }

    [Fact]
    public void An_unemployment_rate_without_a_baseline_is_a_ceiling()
    {
        // 调查失业率 "—" → 5.5: to be kept within 5.5 (inclusive, no comparator printed).
        var below = Run("—", "5.5", Polarity.LowerIsBetter, true, (2022, 5.2m));
        var at = Run("—", "5.5", Polarity.LowerIsBetter, true, (2022, 5.5m));
        var above = Run("—", "5.5", Polarity.LowerIsBetter, true, (2022, 5.8m));

        Assert.Equal(IndicatorKind.Ceiling, below.Kind);
        Assert.Equal("2022年5.2，低于5.5的控制目标", below.Reason);
        Assert.Equal(ProgressStatus.OnTrack, below.Status);
        Assert.Equal("2022年5.5，等于5.5的控制目标上限", at.Reason);
        Assert.True(at.BoundRespected);
        Assert.Equal("2022年5.8，超出5.5的控制目标", above.Reason);
        Assert.True(above.BindingWarning);

        // The same row with no polarity is judged by latest / target, as before: 5.2 / 5.5.
        Assert.Equal(IndicatorKind.NoBaseline, Run("—", "5.5", Polarity.FromTarget, false, (2022, 5.2m)).Kind);
    }

    [Theory]
    [InlineData("4.5", "5.5")] // a rising target of a rate better lower: a ceiling at 5.5
    [InlineData("5.5", "5.5")] // kept level: also a ceiling, not a floor
    public void A_target_of_a_rate_better_lower_that_does_not_fall_is_a_ceiling(string baseline, string target)
    {
        var result = Run(baseline, target, Polarity.LowerIsBetter, false, (2023, 5.6m));

        Assert.Equal(IndicatorKind.Ceiling, result.Kind);
        Assert.False(result.BoundRespected);
        Assert.Equal("2023年5.6，超出5.5的控制目标", result.Reason);
    }

    [Fact]
    public void A_kept_level_of_a_figure_better_higher_stays_a_maintained_floor() =>
        Assert.Equal(IndicatorKind.Maintain, Run("60", "60", Polarity.HigherIsBetter, false, (2023, 61m)).Kind);

    [Fact]
    public void A_genuine_fall_is_a_path_and_its_effort_is_a_fall_in_percentage_points()
    {
        // 失业率 5.8 → 5.5, better lower: a falling path. 2021: 5.7 → (5.7 − 5.8) / (5.5 − 5.8) = 1/3, τ = 20% → 快于预期
        // (33 − 20 = 13 points ahead). Remaining: |5.5 − 5.7| / 4 = 0.05 a year, a fall in 百分点.
        var result = Run("5.8", "5.5", Polarity.LowerIsBetter, false, (2021, 5.7m));

        Assert.Equal(IndicatorKind.LevelDecreasing, result.Kind);
        Assert.Equal(R(1m / 3m), R(result.Completion));
        Assert.Equal(ProgressStatus.Ahead, result.Status);
        Assert.Equal(0.05m, result.RemainingAnnualEffort);
        Assert.Equal("今后每年需降低 0.05 个百分点", RemainingEffort.Sentence(result, "%"));
        Assert.Equal("降低 0.05 个百分点", RemainingEffort.Amount(result, "％"));
    }

    [Fact]
    public void Effort_is_worded_by_kind_and_a_met_target_is_said_to_be_met()
    {
        // 长沙 城镇新增就业人数 [75] 万人: 2021–2022: 16 + 15 = 31 → (75 − 31) / 3 = 14.67 a year to complete.
        var jobs = ProgressEngine.Evaluate(M("[66]"), M("[75]"), cumulative: true, binding: false, Years((2021, 16m), (2022, 15m)), Fourteenth);
        Assert.Equal("今后每年需完成 14.67 万人", RemainingEffort.Sentence(jobs, "万人"));

        // 失业保险参保人数 182.8 → 212.7 万人: 2022: 195 → (212.7 − 195) / 3 = 5.9 a year to rise.
        var insured = P.Run("182.8", "212.7", true, (2022, 195m));
        Assert.Equal("今后每年需提高 5.9 万人", RemainingEffort.Sentence(insured, "万人"));

        // Already above the target: 提前实现, and the sentence says the target is met rather than a negative effort.
        var met = P.Run("182.8", "212.7", true, (2022, 215m));
        Assert.Equal(ProgressStatus.AchievedEarly, met.Status);
        Assert.Equal("已达到目标", RemainingEffort.Sentence(met, "万人"));
    }

    [Fact]
    public void A_plan_row_takes_the_polarity_of_its_catalogue_indicator()
    {
        var row = new Indicator
        {
            Name = "劳动争议案件处理质量",
            Unit = "%",
            Baseline = M("100"),
            Target = M("96"),
            Mapping = new IndicatorMapping { MappedBy = "auto", CanonicalIndicator = new CanonicalIndicator { Name = "劳动争议案件处理质量", Unit = "%", Polarity = Polarity.HigherIsBetter } },
        };

        Assert.Equal(Polarity.HigherIsBetter, row.Polarity);
        Assert.Equal(IndicatorKind.Floor, ProgressEngine.Evaluate(row, Years((2023, 97m)), Fourteenth).Kind);

        // Unmapped, the name says nothing: the printed direction decides.
        row.Mapping = null;
        Assert.Equal(IndicatorKind.LevelDecreasing, ProgressEngine.Evaluate(row, Years((2023, 97m)), Fourteenth).Kind);
    }

    [Fact]
    public void The_live_check_and_the_binding_warning_follow_the_polarity()
    {
        // 湘西-style 城镇调查失业率 — → 5.5 (约束性): 5.8 breaks the ceiling; 5.2 keeps it.
        var row = new ValueCheckContext("城镇调查失业率", "%", M("—"), M("5.5"), false, true, null, null, new Dictionary<int, decimal>(), Fourteenth, Polarity.LowerIsBetter);

        Assert.False(ValueWarnings.BoundRespected(row, 2023, 5.8m));
        Assert.True(ValueWarnings.BoundRespected(row, 2023, 5.2m));
        Assert.Contains(ValueWarnings.Check(row, 2023, 5.8m, null), w => w.Kind == ValueWarningKind.BoundBreached);
        Assert.True(BindingExplanation.IsRequired(row, 2023, 5.8m));
        Assert.False(BindingExplanation.IsRequired(row, 2023, 5.2m));
    }
}
