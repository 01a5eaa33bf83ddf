using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanTracker.TestSupport;

/// <summary>A change to one printed value of a seed: the exact seed text around it, and the same text with the new value.</summary>
public sealed record ValueEdit(string Before, string After);

/// <summary>
/// Writes the next period's plan from a seed 14th plan, as a city would reissue it: the same structure, every year
/// of the seed's 2019–2025 range moved five years on (title, headers, prose, dates: 2020 baseline → 2025, 2025
/// target → 2030), each plan ordinal one on (十二五→十三五, 十三五→十四五, 十四五→十五五 in one pass, so no name moves
/// twice; “十 四 五” as a PDF dump spaces it; 第十四个五年→第十五个五年), and a few printed values changed by
/// <see cref="ValueEdit"/>s (applied to the seed text first, each found exactly once). The one 15th-plan writer of
/// the tests: PlanTracker.TestSupport, and linked into PlanTracker.Import.Tests.
/// </summary>
public static partial class NextPeriodText
{
    private const int Shift = 5;

    private const string Units = "一二三四五六七八九";

    public static string From(string seedText, params ValueEdit[] edits)
    {
        ArgumentNullException.ThrowIfNull(seedText);
        ArgumentNullException.ThrowIfNull(edits);
        var text = seedText;
        foreach (var edit in edits)
        {
            var at = text.IndexOf(edit.Before, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(edit.Before, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"The seed text must hold “{edit.Before}” exactly once.", nameof(edits));
            }

            text = string.Concat(text.AsSpan(0, at), edit.After, text.AsSpan(at + edit.Before.Length));
        }

        text = SeedYear().Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + Shift).ToString(CultureInfo.InvariantCulture));
        text = ShortOrdinal().Replace(text, m => m.Groups["ten"].Value + Next(m.Groups["unit"].Value) + m.Groups["five"].Value);
        return LongOrdinal().Replace(text, m => "第十" + Next(m.Groups["unit"].Value) + "个五年");
    }

    /// <summary>"三" → "四": the next unit digit (the seeds name the 12th to 14th plans).</summary>
    private static string Next(string unit) => Units[Units.IndexOf(unit, StringComparison.Ordinal) + 1].ToString();

    /// <summary>A year 2019–2025 standing alone (not part of a longer number or a decimal).</summary>
    [GeneratedRegex(@"(?<![\d.])20(?:19|2[0-5])(?![\d])")]
    private static partial Regex SeedYear();

    /// <summary>十二五, “十 四 五” (a PDF dump spaces it): 十, unit, 五.</summary>
    [GeneratedRegex(@"(?<ten>十\s*)(?<unit>[二三四])(?<five>\s*五)")]
    private static partial Regex ShortOrdinal();

    [GeneratedRegex(@"第十(?<unit>[二三四])个五年")]
    private static partial Regex LongOrdinal();
}
