using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>
/// A project table's header printed as text: its cells one per line or separated by spaces, each naming a column
/// (<see cref="TableLayout.ProjectRole"/>), or — split over lines, even one character per line — the compacted text
/// cut into column names (<see cref="ProjectHeaderWords"/>).
/// </summary>
internal static class ProjectTableHeader
{
    private const int MaxHeaderLines = 20;
    private const int MaxHeaderCellLength = 20;
    private const int MaxSplitHeaderLines = 120;

    public static bool TryRead(IReadOnlyList<SourceLine> lines, int start, out List<string> header, out bool onePerLine, out int next)
    {
        header = [];
        onePerLine = true;
        next = start;
        var first = lines[start].Text.Trim();
        if (!(first.StartsWith('序') || first.StartsWith('项')) || LineKinds.IsExplicitRow(lines[start].Text))
        {
            return false;
        }

        var i = start;
        var roles = new HashSet<ColumnRole>();
        for (var used = 0; i < lines.Count && used < MaxHeaderLines; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var words = CellTokens.Tokenise(lines[i].Text.Trim());
            if (words.Count == 0 || words.Any(w => w.Length > MaxHeaderCellLength || !IsProjectHeaderCell(w, roles)) || LineKinds.IsExplicitRow(lines[i].Text))
            {
                break;
            }

            foreach (var word in words)
            {
                roles.Add(TableLayout.ProjectRole(TextTools.Compact(word)));
            }

            onePerLine &= words.Count == 1;
            header.AddRange(words);
            used++;
        }

        if (header.Count < 4 && TryReadSplitHeader(lines, start, out var split, out var splitNext))
        {
            header = split;
            onePerLine = false;
            i = splitNext;
        }

        next = i;
        return header.Count >= 4;
    }

    /// <summary>A header whose cells are split over lines, even one character per line: the compacted text cut into column names.</summary>
    private static bool TryReadSplitHeader(IReadOnlyList<SourceLine> lines, int start, out List<string> header, out int next)
    {
        header = [];
        next = start;
        var compact = string.Empty;
        var i = start;
        for (var used = 0; i < lines.Count && used < MaxSplitHeaderLines; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var part = TextTools.Compact(lines[i].Text);
            if (part.Length > MaxHeaderCellLength || LineKinds.IsExplicitRow(lines[i].Text))
            {
                break;
            }

            var candidate = compact + part;
            if (ProjectHeaderWords.Split(candidate) is null && !ProjectHeaderWords.IsPrefix(candidate))
            {
                break;
            }

            compact = candidate;
            used++;
        }

        if (ProjectHeaderWords.Split(compact) is not { Count: >= 4 } cells)
        {
            return false;
        }

        header = cells;
        next = i;
        return true;
    }

    /// <summary>
    /// A header cell of a project table: a word naming a column (序号, 项目名称, 建设性质, 建设地点, 建设主体, 建设内容,
    /// 建设年限, 总投资, 十四五投资, 资金来源 … see <see cref="TableLayout.ProjectRole"/>) not named before, or 备注. A
    /// project's name ("…基地建设") names no column, so the header ends before the first row.
    /// </summary>
    private static bool IsProjectHeaderCell(string word, HashSet<ColumnRole> seen)
    {
        var compact = TextTools.Compact(word);
        if (compact == "备注")
        {
            return true;
        }

        var role = TableLayout.ProjectRole(compact);
        return role != ColumnRole.Ignore && !seen.Contains(role) && !CellTokens.IsValue(compact);
    }
}
