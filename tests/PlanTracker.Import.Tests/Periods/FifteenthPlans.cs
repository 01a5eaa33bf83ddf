using PlanTracker.TestSupport;
using PlanTracker.Import.Model;
using PlanTracker.Import.Tests.GoldenValues;
using static PlanTracker.Import.Tests.GoldenValues.GoldenPlan;

namespace PlanTracker.Import.Tests.Periods;

/// <summary>
/// The 15th-plan variant of each seed (<see cref="NextPeriodText"/>): the value edits made to its main table, and
/// what the variant's rows then are — the seed's golden rows with the edited targets as the edits print them.
/// </summary>
internal static class FifteenthPlans
{
    /// <summary>A target printed anew in the variant's main table: the row's 序号 and the new value as typed in its edit.</summary>
    public sealed record TargetEdit(int Number, ValueEdit Edit, GoldenMeasure Target);

    public static IReadOnlyList<TargetEdit> EditsOf(string seed) => seed switch
    {
        // tab-separated: one line a row
        Seeds.Changsha =>
        [
            new(1, new("1.城镇新增就业人数\t万人\t[71.42]\t[75]\t预期性", "1.城镇新增就业人数\t万人\t[71.42]\t[80]\t预期性"), M("[80]", "80")),
            new(7, new("7.失业保险参保人数\t万人\t182.8\t212.7\t约束性", "7.失业保险参保人数\t万人\t182.8\t230\t约束性"), M("230", "230")),
        ],

        // cell-per-line: a cell a line, the 十三五目标 column before the years
        Seeds.Ezhou =>
        [
            new(1, new("\t1.城镇新增就业人数（万人）\n\t10\n\t1.2\n\t〔10〕\n", "\t1.城镇新增就业人数（万人）\n\t10\n\t1.2\n\t〔12〕\n"), M("〔12〕", "12")),
            new(7, new("\t12\n\t12.6\n\t14.6\n", "\t12\n\t12.6\n\t15.8\n"), M("15.8", "15.8")),
        ],

        // cell-per-line without a 单位 column
        Seeds.Xiangxi =>
        [
            new(1, new("\t1.城镇新增就业人数（万人）\n\t2.3\n\t[10]\n", "\t1.城镇新增就业人数（万人）\n\t2.3\n\t[12]\n"), M("[12]", "12")),
        ],

        // Markdown pipes
        Seeds.ZhuzhouMarkdown =>
        [
            new(1, new("| 1.城镇新增就业人数（万人） | 28.58 | [>25] | 预期性 |", "| 1.城镇新增就业人数（万人） | 28.58 | [>27] | 预期性 |"), M("[>27]", "27", ">")),
        ],

        // PDF text dump
        Seeds.ZhuzhouPdf =>
        [
            new(1, new("1.城镇新增就业人数（万人） 28.58 [>25 ] 预期性", "1.城镇新增就业人数（万人） 28.58 [>27 ] 预期性"), M("[>27 ]", "27", ">")),
        ],
        _ => [],
    };

    /// <summary>The seed's text as a 15th plan, with its value edits.</summary>
    public static string Text(string seed) => NextPeriodText.From(Seeds.Text(seed), [.. EditsOf(seed).Select(e => e.Edit)]);

    /// <summary>
    /// The variant's golden values: the seed's rows with the edited targets; the extra period column (鄂州's
    /// 十三五目标, now “十四五”目标) is left to <see cref="ExtraPeriodTargets"/>.
    /// </summary>
    public static CityGolden Golden(string seed)
    {
        var expected = SeedGolden.For(seed).Expected;
        var edits = EditsOf(seed).ToDictionary(e => e.Number, e => e.Target);
        return new CityGolden(expected with
        {
            Indicators = [.. expected.Indicators.Select(i => (edits.TryGetValue(i.Number, out var target) ? i with { Target = target } : i) with { ThirteenthTarget = null })],
        });
    }

    /// <summary>The seed's extra 十三五目标 values by 序号, which the variant prints under “十四五”目标.</summary>
    public static IReadOnlyDictionary<int, string> ExtraPeriodTargets(string seed) =>
        SeedGolden.For(seed).Expected.Indicators.Where(i => i.ThirteenthTarget is not null).ToDictionary(i => i.Number, i => i.ThirteenthTarget!);

    /// <summary>The plan without its rows' extra columns (checked on their own, under their new header).</summary>
    public static ParsedPlan WithoutExtraColumns(ParsedPlan plan) =>
        plan with { Indicators = [.. plan.Indicators.Select(i => i with { ExtraColumns = null })] };
}
