using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

public class IndicatorKindsTests
{
    [Theory]
    // 长沙 城镇新增就业人数: brackets → five-year total.
    [InlineData("[71.42]", "[75]", false, IndicatorKind.Cumulative)]
    // 鄂州 城镇新增就业人数: 2020 value 1.2 is a year's figure, the target 〔10〕 a total.
    [InlineData("1.2", "〔10〕", false, IndicatorKind.Cumulative)]
    // 株洲 城镇新增就业人数: [>25] is a cumulative floor, still judged by completion = sum / 25.
    [InlineData("28.58", "[>25]", false, IndicatorKind.Cumulative)]
    // The flag alone (a target printed without brackets but known to be cumulative).
    [InlineData("—", "75", true, IndicatorKind.Cumulative)]
    // A cumulative ceiling: the running sum must stay under the bound.
    [InlineData("—", "[<5]", false, IndicatorKind.Ceiling)]
    // 长沙 城镇调查失业率 5.5 → <5.5; 城镇登记失业率 3.27 → <4.5; ≤ also a ceiling.
    [InlineData("5.5", "<5.5", false, IndicatorKind.Ceiling)]
    [InlineData("3.27", "<4.5", false, IndicatorKind.Ceiling)]
    [InlineData("3", "≤4.5", false, IndicatorKind.Ceiling)]
    // A ceiling without baseline is still a ceiling.
    [InlineData("—", "＜4", false, IndicatorKind.Ceiling)]
    // 长沙 基本养老保险参保覆盖率 ≥96 → >96: the target's comparator decides.
    [InlineData("≥96", ">96", false, IndicatorKind.Floor)]
    [InlineData("96", "≥96", false, IndicatorKind.Floor)]
    [InlineData("90", "95以上", false, IndicatorKind.Floor)]
    // 长沙 失业保险参保人数 182.8 → 212.7.
    [InlineData("182.8", "212.7", false, IndicatorKind.LevelIncreasing)]
    // 鄂州 基本养老保险参保率 92.13% → 95.2% (units in the value).
    [InlineData("92.13%", "95.2%", false, IndicatorKind.LevelIncreasing)]
    // A comparator on the baseline alone is ignored: >90% → 92.13 is upwards.
    [InlineData(">90%", "92.13", false, IndicatorKind.LevelIncreasing)]
    [InlineData("5", "4", false, IndicatorKind.LevelDecreasing)]
    // 鄂州 劳动人事争议调解成功率 as printed in its 14th-plan table: 2020 70, 2025 60. The target's direction
    // decides (domain.md), so this is a falling level even though a success rate is up-is-good.
    [InlineData("70", "60", false, IndicatorKind.LevelDecreasing)]
    // 株洲 劳动人事争议仲裁结案率 90% → 90%.
    [InlineData("90%", "90%", false, IndicatorKind.Maintain)]
    [InlineData("60", "60", false, IndicatorKind.Maintain)]
    // 湘西 城镇调查失业率 — → 5.5%; 株洲 开展各类职业培训人次 — → 20; 长沙's empty 2020 cell.
    [InlineData("—", "5.5%", false, IndicatorKind.NoBaseline)]
    [InlineData("—", "20", false, IndicatorKind.NoBaseline)]
    [InlineData("", "2", false, IndicatorKind.NoBaseline)]
    [InlineData("逐步提高", "2", false, IndicatorKind.NoBaseline)]
    // 鄂州 高、中、初级专业技术职务结构比例 1：4：5; and rows without a target at all.
    [InlineData("1：4：5", "1：4：5", false, IndicatorKind.TextOnly)]
    [InlineData("—", "逐步提高", false, IndicatorKind.TextOnly)]
    [InlineData("—", "—", false, IndicatorKind.TextOnly)]
    [InlineData("5", "", true, IndicatorKind.TextOnly)]
    public void ClassifiesFromPrintedValues(string baseline, string target, bool cumulative, IndicatorKind expected) =>
        Assert.Equal(expected, IndicatorKinds.Classify(M(baseline), M(target), cumulative));

    [Fact]
    public void RejectsNullMeasures()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorKinds.Classify(null!, M("1"), false));
        Assert.Throws<ArgumentNullException>(() => IndicatorKinds.Classify(M("1"), null!, false));
    }

    [Theory]
    [InlineData(IndicatorKind.Cumulative, "累计")]
    [InlineData(IndicatorKind.LevelIncreasing, "递增")]
    [InlineData(IndicatorKind.LevelDecreasing, "递减")]
    [InlineData(IndicatorKind.Ceiling, "上限")]
    [InlineData(IndicatorKind.Floor, "下限")]
    [InlineData(IndicatorKind.Maintain, "保持")]
    [InlineData(IndicatorKind.NoBaseline, "无基数")]
    [InlineData(IndicatorKind.TextOnly, "文字")]
    public void KindsHaveChineseNames(IndicatorKind kind, string name) => Assert.Equal(name, kind.ToChinese());

    [Fact]
    public void EveryKindHasAName() =>
        Assert.All(Enum.GetValues<IndicatorKind>(), kind => Assert.False(string.IsNullOrEmpty(kind.ToChinese())));
}
