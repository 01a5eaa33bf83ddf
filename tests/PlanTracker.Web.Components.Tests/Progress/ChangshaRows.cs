using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>
/// Rows of 长沙's 专栏2 “十四五”规划发展主要指标 (seeds/001_89ddb6cf686b81bb.txt) as the entry form builds them: the plan row
/// and, for the checks, its context. Earlier years are only what a test gives; the seed has none (it is the plan).
/// </summary>
internal static class ChangshaRows
{
    /// <summary>1.城镇新增就业人数 万人 [71.42] [75] 预期性: a five-year cumulative target.</summary>
    public static (ProgressEntryRow Row, ProgressRowInput Input) NewUrbanJobs(IReadOnlyDictionary<int, decimal>? earlier = null) =>
        Build(1, "城镇新增就业人数", "万人", "[71.42]", "[75]", binding: false, earlier);

    /// <summary>6.基本养老保险参保覆盖率 % ≥96 >96 预期性: a rate with a floor.</summary>
    public static (ProgressEntryRow Row, ProgressRowInput Input) PensionCoverage(IReadOnlyDictionary<int, decimal>? earlier = null) =>
        Build(6, "基本养老保险参保覆盖率", "%", "≥96", ">96", binding: false, earlier);

    /// <summary>7.失业保险参保人数 万人 182.8 212.7 约束性: a binding stock.</summary>
    public static (ProgressEntryRow Row, ProgressRowInput Input) UnemploymentInsured(IReadOnlyDictionary<int, decimal>? earlier = null) =>
        Build(7, "失业保险参保人数", "万人", "182.8", "212.7", binding: true, earlier);

    /// <summary>
    /// Not 长沙's: 株洲's 13.劳动人事争议仲裁结案率 % 90% 90% 预期性 (seeds/000_4132e6e48fb5d193.txt), a level to maintain
    /// (target = baseline, no comparator).
    /// </summary>
    public static (ProgressEntryRow Row, ProgressRowInput Input) ZhuzhouArbitrationClosure() =>
        Build(13, "劳动人事争议仲裁结案率", "%", "90", "90", binding: false, earlier: null);

    private static (ProgressEntryRow Row, ProgressRowInput Input) Build(int id, string name, string unit, string baseline, string target, bool binding, IReadOnlyDictionary<int, decimal>? earlier)
    {
        var (baselineMeasure, targetMeasure) = (Measure.Parse(baseline), Measure.Parse(target));
        var years = earlier ?? new Dictionary<int, decimal>();
        var cumulative = targetMeasure.Cumulative;
        var row = new ProgressEntryRow(id, null, id, name, unit, baseline, target, cumulative, binding, false, years, targetMeasure, null);
        var input = new ProgressRowInput
        {
            IndicatorId = id,
            Name = name,
            Unit = unit,
            Context = new ValueCheckContext(name, unit, baselineMeasure, targetMeasure, cumulative, binding, null, null, years, new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025)),
        };
        return (row, input);
    }
}
