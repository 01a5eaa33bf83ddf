using System.Text.RegularExpressions;

namespace PlanTracker.Import.Tables;

/// <summary>The column names a project table's header is made of, to cut a header printed one character per line back into cells.</summary>
internal static partial class ProjectHeaderWords
{
    public static List<string>? Split(string compact)
    {
        var cells = new List<string>();
        var position = 0;
        while (position < compact.Length)
        {
            var match = Word().Match(compact, position);
            if (!match.Success || match.Length == 0)
            {
                return null;
            }

            cells.Add(match.Value);
            position += match.Length;
        }

        return cells.Count == 0 ? null : cells;
    }

    /// <summary>True when the text is column names followed by the start of one.</summary>
    public static bool IsPrefix(string compact)
    {
        var position = 0;
        while (position < compact.Length)
        {
            // the rest may be the start of a longer name than the one that matches ("主要建设内容和" of "主要建设内容和规模")
            var rest = compact[position..];
            if (Names.Any(n => n.StartsWith(rest, StringComparison.Ordinal)))
            {
                return true;
            }

            var match = Word().Match(compact, position);
            if (!match.Success || match.Length == 0)
            {
                return false;
            }

            position += match.Length;
        }

        return true;
    }

    private static readonly string[] Names =
    [
        "序号", "项目名称", "项目建设主体", "建设主体", "实施主体", "责任单位", "牵头单位", "主要建设内容和规模", "主要建设内容", "建设内容和规模",
        "建设内容", "建设规模", "建设性质", "建设地点", "建设地址", "建设时间", "建设年限", "建设期限", "起止年限", "实施年限", "总投资（亿元）",
        "总投资（万元）", "总投资", "十四五投资（亿元）", "十五五投资（亿元）", "计划投资", "资金来源", "备注",
    ];

    [GeneratedRegex(@"\G(?:序号|项目名称|项目建设主体|建设主体|实施主体|责任单位|牵头单位|主要建设内容和规模|主要建设内容|建设内容和规模|建设内容|建设规模|建设性质|建设地点|建设地址|建设时间|建设年限|建设期限|起止年限|实施年限|(?:总|十[一二三四五六七八九]五(?:期间)?|计划)投资(?:[（(](?:亿元|万元)[）)])?|资金来源|备注)")]
    private static partial Regex Word();
}
