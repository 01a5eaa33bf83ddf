using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>约束性 warnings, and evaluation straight from plan rows (including 其中 children).</summary>
public class BindingAndIndicatorTests
{
    private static Indicator Row(string name, string baseline, string target, IndicatorAttribute? attribute, bool cumulative = false) =>
        new()
        {
            Name = name,
            Baseline = M(baseline),
            Target = M(target),
            Cumulative = cumulative,
            Attribute = attribute,
        };

    [Theory]
    // 鄂州 失业保险参保人数 8.3 → 10 万人 (约束性): distance 1.7.
    [InlineData("8.98", true, false)]   // 0.68/1.7 = 40.00% = τ (2022) → no shortfall
    [InlineData("8.97", true, true)]    // 0.67/1.7 = 39.41% < 40% → shortfall, although 基本符合预期
    [InlineData("8.97", false, false)]  // the same value for a 预期性 indicator → no warning
    [InlineData("9.5", true, false)]    // 1.2/1.7 = 70.59% → ahead
    public void BindingShortfallAgainstTau(string value2022, bool binding, bool warning)
    {
        var result = Run("8.3", "10", binding, (2022, D(value2022)));

        Assert.Equal(warning, result.BindingWarning);
    }

    [Fact]
    public void BindingAchievedDoesNotWarn()
    {
        var result = Run("8.3", "10", true, (2024, 10m));

        Assert.Equal(ProgressStatus.AchievedEarly, result.Status);
        Assert.False(result.BindingWarning);
    }

    [Fact]
    public void BindingCumulativeBehindWarns()
    {
        // [75] 约束性: 2021: 14 → 18.67% < 20% → warning; 2021: 15 → 20% → none.
        Assert.True(Run("[71.42]", "[75]", true, (2021, 14m)).BindingWarning);
        Assert.False(Run("[71.42]", "[75]", true, (2021, 15m)).BindingWarning);
    }

    [Fact]
    public void IndicatorRowCarriesTheAttribute()
    {
        // 长沙 失业保险参保人数 182.8 → 212.7 约束性, 2022: 194.6 → 11.8/29.9 = 39.46% < 40% → warning.
        var values = Years((2022, 194.6m));
        var binding = ProgressEngine.Evaluate(Row("失业保险参保人数", "182.8", "212.7", IndicatorAttribute.Binding), values, P.Fourteenth);
        var anticipatory = ProgressEngine.Evaluate(Row("失业保险参保人数", "182.8", "212.7", IndicatorAttribute.Anticipatory), values, P.Fourteenth);
        var unknown = ProgressEngine.Evaluate(Row("失业保险参保人数", "182.8", "212.7", null), values, P.Fourteenth);

        Assert.Equal(ProgressStatus.OnTrack, binding.Status);
        Assert.Equal("完成39%，时序进度40%，落后1个百分点", binding.Reason);
        Assert.True(binding.BindingWarning);
        Assert.False(anticipatory.BindingWarning);
        Assert.False(unknown.BindingWarning);
    }

    [Fact]
    public void IndicatorRowMatchesTheMeasureOverload()
    {
        var row = Row("城镇新增就业人数", "[71.42]", "[75]", IndicatorAttribute.Anticipatory, cumulative: true);
        var values = Years((2021, 16m), (2022, 15m));

        Assert.Equal(
            ProgressEngine.Evaluate(M("[71.42]"), M("[75]"), true, false, values, P.Fourteenth),
            ProgressEngine.Evaluate(row, values, P.Fourteenth));
        Assert.Equal(
            ProgressEngine.EvaluateEachYear(M("[71.42]"), M("[75]"), true, false, values, P.Fourteenth),
            ProgressEngine.EvaluateEachYear(row, values, P.Fourteenth));
    }

    [Fact]
    public void ChildrenFollowTheSameRulesOnTheirOwnValues()
    {
        // 鄂州 开展补贴性职业技能培训人次 — → 〔5〕 and 其中：农民工参加职业培训人次 0.2 → 〔0.6〕 (both cumulative).
        // Parent: 1.2 + 0.8 = 2.0 → 2/5 = 40%, τ 40% → 基本符合预期.
        // Child:  0.1 + 0.15 = 0.25 → 0.25/0.6 = 41.67%, τ 40% → 基本符合预期; its 2020 value 0.2 plays no part.
        var parent = Row("开展补贴性职业技能培训人次", "—", "〔5〕", IndicatorAttribute.Anticipatory, cumulative: true);
        var child = Row("其中：农民工参加职业培训人次", "0.2", "〔 0.6 〕", IndicatorAttribute.Anticipatory, cumulative: true);
        child.Parent = parent;

        var parentResult = ProgressEngine.Evaluate(parent, Years((2021, 1.2m), (2022, 0.8m)), P.Fourteenth);
        var childResult = ProgressEngine.Evaluate(child, Years((2021, 0.1m), (2022, 0.15m)), P.Fourteenth);

        Assert.Equal(0.4m, parentResult.Completion);
        Assert.Equal(ProgressStatus.OnTrack, parentResult.Status);
        Assert.Equal(IndicatorKind.Cumulative, childResult.Kind);
        Assert.Equal(R(0.25m / 0.6m), R(childResult.Completion));
        Assert.Equal("完成42%，时序进度40%，超前2个百分点", childResult.Reason);
        Assert.Equal(R((0.6m - 0.25m) / 3m), R(childResult.RemainingAnnualEffort));
    }

    [Fact]
    public void NoBaselineChild()
    {
        // 株洲 其中：农民工参加职业培训人次 — → 6: 2022: 2.7 → 45%, τ 40% → +5 → 基本符合预期.
        var child = Row("其中：农民工参加职业培训人次", "—", "6", IndicatorAttribute.Anticipatory);

        var result = ProgressEngine.Evaluate(child, Years((2021, 1.5m), (2022, 2.7m)), P.Fourteenth);

        Assert.Equal(IndicatorKind.NoBaseline, result.Kind);
        Assert.Equal(0.45m, result.Completion);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
    }

    [Fact]
    public void RejectsANullIndicator()
    {
        Assert.Throws<ArgumentNullException>(() => ProgressEngine.Evaluate((Indicator)null!, [], P.Fourteenth));
        Assert.Throws<ArgumentNullException>(() => ProgressEngine.EvaluateEachYear((Indicator)null!, [], P.Fourteenth));
    }
}
