using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanTracker.Import.Parsing;

/// <summary>Title, region, issuing notice (document number, issuer, date) from the opening lines and the "……印发" line.</summary>
internal static partial class MetadataReader
{
    private const int OpeningLines = 120;

    public sealed record Metadata(string? Title, string? Region, string? DocumentNumber, string? Issuer, DateOnly? IssuedOn);

    public static Metadata Read(IReadOnlyList<SourceLine> lines)
    {
        var plain = lines
            .Select(l => l.Text.Trim())
            .Where(t => t.Length > 0 && !t.StartsWith('|'))
            .Select(t => t.Replace('\t', ' ').Trim())
            .Where(t => t.Length > 0)
            .ToList();
        var opening = plain.Take(OpeningLines).ToList();
        var titleIndex = FindTitle(opening, out var title);
        title ??= TitleFromOpeningParagraph(opening);
        var region = title is null ? null : RegionOf(title);

        var notice = titleIndex >= 0 ? opening.Take(titleIndex).ToList() : opening.Take(20).ToList();
        var documentNumber = notice.Select(TextTools.RemoveWhitespace).FirstOrDefault(l => DocumentNumber().IsMatch(l));
        var issuer = notice.Select(TextTools.RemoveWhitespace).Where(l => l.Length <= 40 && l.EndsWith("文件", StringComparison.Ordinal)).Select(l => l[..^2]).FirstOrDefault();
        var issuedOn = notice.Select(TextTools.RemoveWhitespace).Select(l => FullDate().Match(l)).Where(m => m.Success).Select(ToDate).FirstOrDefault(d => d is not null);

        var printed = plain.LastOrDefault(l => PrintedLine().IsMatch(l));
        if (printed is not null)
        {
            var match = PrintedLine().Match(printed);
            issuedOn ??= ToDate(match);
            var before = TextTools.CollapseCjkSpaces(printed[..match.Index]);
            if (issuer is null && before.Length > 0)
            {
                issuer = before;
            }
            else if (issuer is null)
            {
                var index = plain.LastIndexOf(printed);
                var previous = index > 0 ? TextTools.RemoveWhitespace(plain[index - 1]) : string.Empty;
                issuer = previous.Length is > 0 and <= 30 && IssuerSuffix().IsMatch(previous) ? previous : null;
            }
        }

        return new Metadata(title, region, documentNumber, issuer, issuedOn);
    }

    /// <summary>"长沙市" from "长沙市“十四五”…", "湘西自治州" from "湘西自治州“十四五”…".</summary>
    public static string? RegionOf(string title)
    {
        var match = Region().Match(title);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int FindTitle(List<string> lines, out string? title)
    {
        title = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Patterns.Chapter().IsMatch(lines[i]))
            {
                break;
            }

            var compact = TextTools.RemoveWhitespace(lines[i]);
            if (IsTitle(compact))
            {
                title = WithPeriod(compact, lines, i);
                return i;
            }

            if (i + 1 < lines.Count)
            {
                var next = TextTools.RemoveWhitespace(lines[i + 1]);
                if (next.Length <= 12 && IsTitle(compact + next))
                {
                    title = WithPeriod(compact + next, lines, i + 1);
                    return i;
                }
            }
        }

        return -1;
    }

    private static string WithPeriod(string title, List<string> lines, int index)
    {
        if (index + 1 < lines.Count && PeriodSuffix().IsMatch(TextTools.RemoveWhitespace(lines[index + 1])) && !title.EndsWith('）'))
        {
            return title + TextTools.RemoveWhitespace(lines[index + 1]);
        }

        return title;
    }

    private static bool IsTitle(string compact) =>
        compact.Length is >= 8 and <= 70
        && TitleEnd().IsMatch(compact)
        && !compact.Contains('《', StringComparison.Ordinal)
        && !compact.Contains("关于", StringComparison.Ordinal)
        && !compact.Contains("通知", StringComparison.Ordinal)
        && !compact.Contains('。', StringComparison.Ordinal)
        && Region().IsMatch(compact);

    /// <summary>When the title page is cut off: the plan named in the opening paragraph ("制定《鄂州市…“十四五”规划》", any period's name).</summary>
    private static string? TitleFromOpeningParagraph(List<string> lines)
    {
        foreach (var line in lines.Take(30))
        {
            foreach (Match match in QuotedPlan().Matches(TextTools.RemoveWhitespace(line)))
            {
                var inner = match.Groups[1].Value;
                if (Region().IsMatch(inner) && PlanOrdinals.OrdinalIn(inner) is not null && !inner.Contains("国民经济", StringComparison.Ordinal))
                {
                    return inner;
                }
            }
        }

        return null;
    }

    private static DateOnly? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"^([\u4e00-\u9fa5]{2,10}?(?:自治州|自治县|地区|市|州|盟|县|区))(?=[“""\u4e00-\u9fa5《])")]
    private static partial Regex Region();

    [GeneratedRegex(@"规划(（[^）]{0,20}）|\([^)]{0,20}\))?$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"^[（(]20\d{2}\s*[—\-–~～至]+\s*20\d{2}年?[）)]$")]
    private static partial Regex PeriodSuffix();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{1,12}[〔\[［【(（]\d{4}[〕\]］】)）]\d{1,4}号$")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"^(?<y>20\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<y>20\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*印发\s*$")]
    private static partial Regex PrintedLine();

    [GeneratedRegex(@"(办公厅|办公室|人民政府|局|厅|委员会)$")]
    private static partial Regex IssuerSuffix();

    [GeneratedRegex(@"《([^《》]{6,80}规划(?:（[^）]{0,20}）)?)》")]
    private static partial Regex QuotedPlan();
}
