using System.Globalization;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests;

/// <summary>
/// Small helpers of the golden tests. The expected values themselves, typed from the seed texts, are in
/// GoldenValues/ (ChangshaGolden, ZhuzhouGolden, XiangxiGolden, EzhouGolden), callable on any parsed plan.
/// </summary>
internal static class Golden
{
    public static decimal? D(string? value) => value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture);

    public static ParsedIndicator Indicator(ParsedPlan plan, int number) =>
        Assert.Single(plan.Indicators, i => i.Number == number);

    public static ParsedPreviousResult Previous(ParsedPlan plan, int number) =>
        Assert.Single(plan.PreviousPeriod, i => i.Number == number);

    /// <summary>Without spaces and with ＞/＜ as >/&lt;: how the PDF dump and the Markdown text may differ.</summary>
    public static string Compact(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('＞', '>').Replace('＜', '<').Replace('％', '%');
}
