using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// The period a plan's title or opening lines name: an explicit span ("（2026—2030年）", "2024-2026年",
/// "规划期为2021-2025年") or the plan's ordinal ("“十五五”", "第十五个五年"). Years are only ever read from the text.
/// </summary>
internal static partial class TitlePeriod
{
    /// <summary>How many non-blank lines before the first chapter are read when the title names no period.</summary>
    private const int OpeningLines = 40;

    /// <summary>What the text says and where: the period and how the warning names it ("标题为…").</summary>
    public sealed record Found(PlanPeriod Period, string Where, string Printed)
    {
        /// <summary>"“十五五”（2026—2030年）" or "2024—2026年".</summary>
        public string Described => Period.Ordinal is null ? Period.Span : $"{Period.Name}（{Period.Span}）";
    }

    /// <summary>The title's period, else the opening lines' (a span the plan says is its own, else the latest ordinal named); null when neither names one.</summary>
    public static Found? Read(string? title, IReadOnlyList<SourceLine> lines)
    {
        if (title is not null && FromTitle(TextTools.RemoveWhitespace(title)) is { } period)
        {
            return new Found(period, "标题", title);
        }

        var opening = string.Concat(lines
            .Select(l => TextTools.RemoveWhitespace(l.Text))
            .Where(t => t.Length > 0)
            .TakeWhile(t => !Patterns.Chapter().IsMatch(t))
            .Take(OpeningLines));
        return FromOpening(opening) is { } fromOpening ? new Found(fromOpening, "正文开头", string.Empty) : null;
    }

    /// <summary>A span in the title wins over its ordinal (a three-year plan may still say “十四五”).</summary>
    private static PlanPeriod? FromTitle(string title)
    {
        if (Span().Match(title) is { Success: true } span && ToPeriod(span) is { } period)
        {
            return period;
        }

        return PlanOrdinals.OrdinalsIn(title).Select(n => (int?)n).LastOrDefault() is { } ordinal ? PlanOrdinals.PeriodOf(ordinal) : null;
    }

    /// <summary>Opening prose also names the previous plan and the province's: only a span said to be the plan's own, or the latest ordinal.</summary>
    private static PlanPeriod? FromOpening(string opening)
    {
        if (OwnSpan().Match(opening) is { Success: true } span && ToPeriod(span) is { } period)
        {
            return period;
        }

        var ordinals = PlanOrdinals.OrdinalsIn(opening).ToList();
        return ordinals.Count > 0 ? PlanOrdinals.PeriodOf(ordinals.Max()) : null;
    }

    private static PlanPeriod? ToPeriod(Match match)
    {
        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture);
        return last > first && last - first < 10 ? new PlanPeriod(first, last) : null;
    }

    private const string SpanPattern = @"(?<!\d)(?<first>(?:19|20)\d{2})年?[—\-–~～至到－―]+(?<last>(?:19|20)\d{2})(?!\d)年?";

    [GeneratedRegex(SpanPattern)]
    private static partial Regex Span();

    /// <summary>"规划（2026—2030年）" or "规划期为2026-2030年".</summary>
    [GeneratedRegex(@"规划(?:期(?:为|是|：|:)?)?[（(]?" + SpanPattern)]
    private static partial Regex OwnSpan();
}
