using System.Text.RegularExpressions;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>What a table cell's text is, judged by its content alone: a printed value, a unit, an attribute, a 序号, a 其中 label.</summary>
internal static partial class CellTokens
{
    /// <summary>A printed value: a number with its comparator, brackets, % or 以上/以内 ("[>25]", "≥96", "5.5%", "1：4：5"), or a dash for "none".</summary>
    public static bool IsValue(string text)
    {
        var compact = TextTools.Compact(text);
        return compact.Length > 0 && compact.Length <= 40 && (IsDash(compact) || Value().IsMatch(compact));
    }

    public static bool IsDash(string compact) => compact is "—" or "——" or "－" or "-" or "--" or "–" or "/" or "／" or "无" or "…";

    /// <summary>A comparator printed apart from its number ("≥ 96"): joined to the next token.</summary>
    public static bool IsBareComparator(string text) => TextTools.Compact(text) is "<" or ">" or "≤" or "≥" or "＜" or "＞" or "<=" or ">=" or "≦" or "≧" or "不低于" or "不高于" or "不超过" or "不少于" or "[" or "〔" or "［";

    public static bool IsUnit(string text) => Patterns.UnitLike().IsMatch(TextTools.Compact(text)) || TextTools.Compact(text) is "万人次" or "万元" or "亿元" or "元/月" or "元/年" or "万户";

    public static bool IsAttribute(string text) => Patterns.IsAttribute(text);

    /// <summary>A 序号 on its own: "1", "1.", "1、", "（1）".</summary>
    public static bool IsNumber(string text) => Number().IsMatch(TextTools.Compact(text));

    public static int? NumberOf(string text)
    {
        var match = Number().Match(TextTools.Compact(text));
        return match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>A merged "其中" label printed apart from the rows it labels ("其中", or "其" and "中" one per line): how many rows it spans.</summary>
    public static int OfWhichLabelRows(string text) => TextTools.Compact(text).TrimEnd('：', ':') switch
    {
        "其中" => 2,
        "其" or "中" => 1,
        _ => 0,
    };

    /// <summary>
    /// Splits a line into tokens on whitespace, keeping "[ 1 ]" and "[>25 ]" together (as printed, spaces included)
    /// and a lone comparator with its number.
    /// </summary>
    public static List<string> Tokenise(string line)
    {
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var partStart = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (start < 0)
            {
                start = partStart;
            }

            var candidate = line[start..i];
            if (BracketBalance(candidate) > 0 || IsBareComparator(candidate))
            {
                continue;
            }

            tokens.Add(candidate);
            start = -1;
        }

        if (start >= 0)
        {
            tokens.Add(line[start..].Trim());
        }

        return tokens;
    }

    public static int BracketBalance(string text) =>
        text.Count(c => c is '[' or '〔' or '［') - text.Count(c => c is ']' or '〕' or '］');

    [GeneratedRegex(@"^[\[〔［(（]?(?:[<>≤≥＜＞≦≧=]=?|不低于|不高于|不超过|不少于|超过|达到|约)?[+\-－]?\d+(?:[.,．]\d+)*(?:[:：]\d+(?:\.\d+)?)*(?:%|％|‰|万|亿|以上|以内|以下|左右|个百分点){0,2}[\]〕］)）]?(?:以上|以内|以下|左右)?$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^[（(]?(\d{1,3})[)）]?[.、．]?$")]
    private static partial Regex Number();
}
