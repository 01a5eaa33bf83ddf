using System.Text.RegularExpressions;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>
/// The words an indicator table's header is made of (序号, 类别, 指标名称, 单位, 2020年, 基期值, 2025年目标,
/// 十三五目标数, 完成数, 属性 …), read from the header's text with its spaces and line breaks removed. A header
/// printed over several lines, even one character per line, reads the same as one on a single line.
/// </summary>
internal static partial class HeaderWords
{
    /// <summary>Splits a compacted header into its cells; null when some of it is not a header word.</summary>
    public static List<string>? Split(string compact)
    {
        var cells = new List<string>();
        var position = 0;
        while (position < compact.Length)
        {
            var match = Word().Match(compact, position);
            if (!match.Success || match.Index != position || match.Length == 0)
            {
                return null;
            }

            cells.Add(match.Value);
            position += match.Length;
        }

        return cells;
    }

    /// <summary>True when the text could still grow into a header: header words, then the start of one.</summary>
    public static bool IsPrefix(string compact)
    {
        var position = 0;
        while (position < compact.Length)
        {
            // the rest may be the start of a longer word than the one that matches ("指标名" of "指标名称")
            if (IsStartOfWord(compact[position..]))
            {
                return true;
            }

            var match = Word().Match(compact, position);
            if (!match.Success || match.Index != position || match.Length == 0)
            {
                return false;
            }

            position += match.Length;
        }

        return true;
    }

    /// <summary>A complete header: at least three words, a name column and a value column.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells) =>
        cells.Count >= 3
        && cells.Any(c => c.StartsWith("指标", StringComparison.Ordinal) || c is "名称" or "项目")
        && cells.Any(c => Year().IsMatch(c) || c.Contains("目标", StringComparison.Ordinal) || c.Contains("规划", StringComparison.Ordinal)
            || c.Contains('基', StringComparison.Ordinal) || c.Contains("完成", StringComparison.Ordinal) || c.Contains("现状", StringComparison.Ordinal));

    private static bool IsStartOfWord(string rest)
    {
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest.All(char.IsAsciiDigit))
        {
            return rest.Length < 4;
        }

        if (PeriodNameStart().IsMatch(rest))
        {
            return true;
        }

        foreach (var word in Literals)
        {
            if (word.StartsWith(rest, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Literals =
    [
        "序号", "编号", "类别", "分类", "领域", "指标名称", "指标项", "指标", "主要指标", "名称", "项目", "计量单位", "单位",
        "指标属性", "属性", "基期值", "基期", "基数", "现状值", "现状", "目标值", "规划目标", "目标数", "目标", "规划数",
        "完成数", "完成值", "实际完成", "完成情况", "备注", "年",
    ];

    [GeneratedRegex(@"\G(?:序号|编号|类别|分类|领域|主要指标|指标名称|指标项?|名称|项目|计量单位|单位|指标属性|属性|备注" +
        @"|(?:“|"")?十[一二三四五六七八九]五(?:”|"")?(?:时期|期间)?(?:目标数|规划数|规划目标|目标值?|完成数|完成值|实际完成|累计|基数|基期值?|规划)?" +
        @"|\d{4}年?(?:(?:实际)?完成数|完成值|实际值?|基数|基期值?|现状值?|规划数|规划目标|目标值?|预期值?|数值|值|末)?" +
        @"|基期值?|基数|现状值?|目标值|规划目标|目标数?|规划数|(?:实际)?完成数|完成值|完成情况|实际完成)")]
    private static partial Regex Word();

    /// <summary>The start of any plan's name ("十", "“十四", "十五"): a header cell typed one character a line.</summary>
    [GeneratedRegex(@"^[“""]?十[一二三四五六七八九]?$")]
    private static partial Regex PeriodNameStart();

    [GeneratedRegex(@"\d{4}")]
    public static partial Regex Year();

    /// <summary>Compacts a header line: no spaces, no emphasis, no cell separators.</summary>
    public static string Compact(string line) =>
        TextTools.Compact(line).Replace("|", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);
}
