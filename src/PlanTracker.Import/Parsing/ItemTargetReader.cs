using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Finds quantitative targets in 专栏 item text: "认定50家以上的重点企业职工培训中心" → 50 家 ≥;
/// "到2025年，争取入驻人力资源机构总数达到500家以上" → 500 家 ≥ for 2025.
/// </summary>
internal static partial class ItemTargetReader
{
    public static IReadOnlyList<ParsedItemTarget> Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var targets = new List<ParsedItemTarget>();
        foreach (var sentence in SentenceBreak().Split(TextTools.Truncate(text, 5000)))
        {
            var yearMatch = Year().Match(sentence);
            int? year = yearMatch.Success ? int.Parse(yearMatch.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            foreach (Match match in Quantity().Matches(sentence))
            {
                if (match.Index > 0 && (char.IsAsciiDigit(sentence[match.Index - 1]) || sentence[match.Index - 1] is '.' or '第'))
                {
                    continue;
                }

                if (!decimal.TryParse(match.Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }

                targets.Add(new ParsedItemTarget
                {
                    Phrase = Clause(sentence, match),
                    Value = value,
                    Unit = match.Groups["unit"].Value.Replace('％', '%'),
                    Comparator = Comparator(match.Groups["before"].Value, match.Groups["after"].Value),
                    Year = year is not null && yearMatch.Index < match.Index ? year : null,
                });
            }
        }

        return targets;
    }

    private static string? Comparator(string before, string after)
    {
        if (after is "以上" || before is "不少于" or "不低于" or "超过" or "至少")
        {
            return ">=";
        }

        if (after is "以内" or "以下" || before is "控制在" or "不超过" or "不高于")
        {
            return "<=";
        }

        return null;
    }

    /// <summary>The clause (between commas) that holds the target.</summary>
    private static string Clause(string sentence, Match match)
    {
        var start = sentence.LastIndexOfAny(['，', ',', '；', '：', '、'], Math.Max(0, match.Index - 1)) + 1;
        if (match.Index == 0)
        {
            start = 0;
        }

        var end = sentence.IndexOfAny(['，', ',', '；', '、'], match.Index + match.Length);
        return sentence[start..(end < 0 ? sentence.Length : end)].Trim();
    }

    [GeneratedRegex(@"[。；;！？]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"到\s*(20\d{2})\s*年")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<before>不少于|不低于|超过|至少|控制在|不超过|不高于)?(?<value>\d+(?:\.\d+)?)\s*(?<unit>万人次|万人|万元|亿元|万平方米|平方米|人次|家|个|所|名|人(?!才|员|民)|户|项|次|场|期|届|张|万张|%|％)(?<after>以上|以内|以下)?")]
    private static partial Regex Quantity();
}
