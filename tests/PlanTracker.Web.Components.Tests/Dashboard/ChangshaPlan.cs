using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Components.Tests.Dashboard;

/// <summary>
/// 专栏2 “十四五”规划发展主要指标 of seeds/001_89ddb6cf686b81bb.txt (长沙), typed from the text: category, name (其中 rows
/// without their prefix), unit, 2020, 2025, attribute. Yearly values are the tests' own inputs; the engine judges them.
/// </summary>
internal static class ChangshaPlan
{
    private static readonly (string Category, string Name, string Unit, string Baseline, string Target, bool Binding, bool Child)[] Rows =
    [
        ("就业", "城镇新增就业人数", "万人", "[71.42]", "[75]", false, false),
        ("就业", "城镇调查失业率", "%", "5.5", "<5.5", false, false),
        ("就业", "城镇登记失业率", "%", "3.27", "<4.5", false, false),
        ("就业", "开展补贴性职业技能培训人次", "万人次", "—", "[50]", false, false),
        ("就业", "农民工参加职业培训人次", "万人次", "—", "[10]", false, true),
        ("社会保障", "基本养老保险参保覆盖率", "%", "≥96", ">96", false, false),
        ("社会保障", "失业保险参保人数", "万人", "182.8", "212.7", true, false),
        ("社会保障", "工伤保险参保人数", "万人", "171.3", "180", true, false),
        ("人才人事", "新增取得专业技术人员职业资格证书和专业技术职称证书人数", "万人", "—", "[15]", false, false),
        ("人才人事", "新增取得职业资格证书或职业技能等级证书人数", "万人次", "—", "[20]", false, false),
        ("人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人次", "", "[2]", false, true),
        ("劳动关系", "劳动人事争议仲裁结案率", "%", ">90", ">90", false, false),
        ("劳动关系", "劳动保障监察举报投诉案件结案率", "%", "100", "96", false, false),
    ];

    /// <summary>The 13 rows as the dashboard gets them, each judged by the engine on <paramref name="values"/> (by name).</summary>
    public static IReadOnlyList<DashboardIndicator> Indicators(IReadOnlyDictionary<string, YearValue[]> values) =>
        [.. Rows.Select((row, index) => Indicator(index + 1, row, values.GetValueOrDefault(row.Name, [])))];

    public static CityDashboard Dashboard(int year, IReadOnlyDictionary<string, YearValue[]> values) =>
        new(2, "长沙市", 2, "长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）", Period, year, Indicators(values), [], []);

    /// <summary>The 长沙 plan's period as printed: 2021—2025.</summary>
    public static readonly PlanTracker.Domain.Plans.PlanPeriod Period = new(2021, 2025);

    private static DashboardIndicator Indicator(int id, (string Category, string Name, string Unit, string Baseline, string Target, bool Binding, bool Child) row, YearValue[] values)
    {
        var indicator = new Indicator
        {
            Id = id,
            Ordinal = id,
            Category = row.Category,
            Name = row.Name,
            Unit = row.Unit,
            Baseline = Measure.Parse(row.Baseline),
            Target = Measure.Parse(row.Target),
            Cumulative = row.Target.StartsWith('['),
            Attribute = row.Binding ? IndicatorAttribute.Binding : IndicatorAttribute.Anticipatory,
            ParentId = row.Child ? id - 1 : null,
        };
        return new DashboardIndicator(
            id, row.Category, id, row.Name, row.Unit, row.Baseline, row.Target, indicator.Baseline.Value, indicator.Target.Value,
            indicator.Cumulative, row.Binding, row.Child, values, ProgressEngine.Evaluate(indicator, values, Period), Period);
    }
}
