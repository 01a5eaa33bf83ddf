namespace PlanTracker.Import.Parsing;

/// <summary>Detects how a text was extracted from its shape: Markdown pipe tables, tab-separated rows, one cell per line, or a PDF text dump.</summary>
internal static class LayoutDetector
{
    public const string PdfText = "pdf-text";
    public const string TabSeparated = "tab-separated";
    public const string CellPerLine = "cell-per-line";
    public const string Markdown = "markdown";

    public static string Detect(IReadOnlyList<SourceLine> lines)
    {
        var pipeRows = 0;
        var pipeSeparators = 0;
        var interiorTabRows = 0;
        var leadingTabLines = 0;
        foreach (var line in lines)
        {
            var text = line.Text;
            var trimmed = text.Trim();
            if (Tables.LineKinds.IsPipeRow(text))
            {
                pipeRows++;
                if (trimmed.Trim('|', ' ', ':', '-').Length == 0 && trimmed.Contains("---", StringComparison.Ordinal))
                {
                    pipeSeparators++;
                }
            }

            if (text.StartsWith('\t'))
            {
                leadingTabLines++;
            }
            else if (text.Contains('\t') && text.Split('\t').Count(c => c.Trim().Length > 0) >= 2)
            {
                interiorTabRows++;
            }
        }

        if (pipeRows >= 3 && (pipeSeparators >= 1 || pipeRows >= interiorTabRows))
        {
            return Markdown;
        }

        if (interiorTabRows >= 3 && interiorTabRows >= leadingTabLines / 4)
        {
            return TabSeparated;
        }

        return leadingTabLines >= 5 ? CellPerLine : PdfText;
    }
}
