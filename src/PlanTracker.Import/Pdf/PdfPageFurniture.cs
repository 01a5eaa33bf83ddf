using System.Text.RegularExpressions;

namespace PlanTracker.Import.Pdf;

/// <summary>
/// Drops what a printer adds to every page: page numbers ("— 32 —", "- 5 -", "第 3 页 共 60 页", "3/60") and running
/// headers and footers (a top or bottom line whose text, digits aside, recurs on at least three pages and a third of them).
/// </summary>
internal static partial class PdfPageFurniture
{
    /// <summary>How many lines at the top and at the bottom of a page may be furniture.</summary>
    private const int Band = 2;

    public static List<PdfLine> Remove(IReadOnlyList<List<PdfLine>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Candidates(page).Select(Key).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var repeated = counts.Where(c => c.Value >= 3 && c.Value * 3 >= pages.Count).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var kept = new List<PdfLine>();
        foreach (var page in pages)
        {
            var furniture = Candidates(page).Where(l => PageNumber().IsMatch(l.Text) || repeated.Contains(Key(l))).ToHashSet();
            kept.AddRange(page.Where(l => !furniture.Contains(l)));
        }

        return kept;
    }

    /// <summary>The top and bottom lines of a page, except a table header that the page repeats.</summary>
    private static IEnumerable<PdfLine> Candidates(List<PdfLine> page) =>
        (page.Count <= 2 * Band ? page : page.Take(Band).Concat(page.TakeLast(Band))).Where(l => !PdfTableHeader.IsStart(l));

    private static string Key(PdfLine line) => Digits().Replace(string.Concat(line.Text.Where(c => !char.IsWhiteSpace(c))), "#");

    [GeneratedRegex(@"^[\s\-－—–―~·•]*(第\s*)?\d{1,4}(\s*页)?(\s*([/／]|共)\s*\d{1,4}\s*页?)?[\s\-－—–―~·•]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
