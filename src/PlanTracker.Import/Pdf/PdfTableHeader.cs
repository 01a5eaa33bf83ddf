using System.Text.RegularExpressions;

namespace PlanTracker.Import.Pdf;

/// <summary>
/// A table's header as printed: its lines (a header cell may wrap over two or three lines) and its cells, one per
/// group of x-overlapping words, each with the x-range it covers.
/// </summary>
internal sealed partial class PdfTableHeader(IReadOnlyList<PdfLine> lines, IReadOnlyList<PdfHeaderCell> cells)
{
    private const int MaxLines = 5;

    private static readonly string[] Keywords =
        ["指标", "序号", "单位", "属性", "年份", "目标", "项目", "名称", "类别", "基期", "基数", "现状", "完成", "规划", "内容", "投资", "性质", "地点", "时间", "主体", "来源"];

    public IReadOnlyList<PdfLine> Lines => lines;

    public IReadOnlyList<PdfHeaderCell> Cells => cells;

    public string Key => string.Join("|", cells.Select(c => c.Text));

    /// <summary>A line that starts a table: two or more words, at least two of them header words, none a sentence.</summary>
    public static bool IsStart(PdfLine line)
    {
        var words = line.Words;
        if (words.Count < 2 || words.Any(w => w.Text.Length > 20 || w.Text.Contains('。', StringComparison.Ordinal)))
        {
            return false;
        }

        return words.Count(w => IsHeaderWord(Compact(w.Text))) >= 2;
    }

    /// <summary>The header that starts at <paramref name="start"/>: with short lines just above (not before <paramref name="floor"/>) and below it.</summary>
    public static PdfTableHeader Read(IReadOnlyList<PdfLine> all, int start, int floor, out int first, out int next)
    {
        first = start;
        while (first > floor && start - first < MaxLines - 1 && Close(all[first - 1], all[first]) && IsShortLine(all[first - 1]))
        {
            first--;
        }

        next = start + 1;
        while (next < all.Count && next - first < MaxLines && Close(all[next - 1], all[next]) && IsShortLine(all[next]) && !PdfTableRows.StartsRow(all[next]))
        {
            next++;
        }

        var band = all.Skip(first).Take(next - first).ToList();
        return new PdfTableHeader(band, Cluster(band));
    }

    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsHeaderWord(string word) => Keywords.Any(k => word.Contains(k, StringComparison.Ordinal)) || Year().IsMatch(word);

    private static bool Close(PdfLine upper, PdfLine lower) => upper.Page == lower.Page && upper.Baseline - lower.Baseline <= 1.5 * Math.Max(upper.Size, lower.Size);

    private static bool IsShortLine(PdfLine line) =>
        line.Words.All(w => Compact(w.Text).Length <= 10) && !Parsing.Patterns.IsHeadingLine(line.Text) && !line.Text.TrimEnd().EndsWith('。');

    /// <summary>Words of the header lines grouped by x-overlap, left to right; a cell's text reads top to bottom.</summary>
    private static List<PdfHeaderCell> Cluster(List<PdfLine> band)
    {
        var words = band.SelectMany((line, row) => line.Words.Select(w => (Row: row, Word: w))).OrderBy(w => w.Word.Left).ToList();
        var groups = new List<List<(int Row, PdfWord Word)>>();
        var right = double.NegativeInfinity;
        foreach (var word in words)
        {
            // overlapping, or a spaced-out header ("指    标": one character each side of a wide gap)
            var spaced = groups.Count > 0 && word.Word.Text.Length == 1 && groups[^1].Count == 1 && groups[^1][0].Word.Text.Length == 1
                && groups[^1][0].Row == word.Row && word.Word.Left - right < 3 * band[word.Row].Size;
            if (groups.Count > 0 && (word.Word.Left < right || spaced))
            {
                groups[^1].Add(word);
                right = Math.Max(right, word.Word.Right);
                continue;
            }

            groups.Add([word]);
            right = word.Word.Right;
        }

        return [.. groups.Select(g => new PdfHeaderCell(
            PdfCellText.Join(g.OrderBy(w => w.Row).ThenBy(w => w.Word.Left).Select(w => w.Word.Text)),
            g.Min(w => w.Word.Left),
            g.Max(w => w.Word.Right)))];
    }

    [GeneratedRegex(@"^(19|20)\d{2}年")]
    private static partial Regex Year();
}

/// <summary>One printed header cell and the x-range of its text.</summary>
internal sealed record PdfHeaderCell(string Text, double Left, double Right)
{
    public double Centre => (Left + Right) / 2;
}
