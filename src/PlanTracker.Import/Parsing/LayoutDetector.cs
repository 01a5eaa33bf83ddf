namespace PlanTracker.Import.Parsing;

/// <summary>Detects how a text's prose was extracted from its shape: Markdown, Word's tab-separated rows or one cell per line, a PDF text dump (lines the page's width), or plain text with one paragraph per line.</summary>
internal static class LayoutDetector
{
    public const string PdfText = "pdf-text";
    public const string TabSeparated = "tab-separated";
    public const string CellPerLine = "cell-per-line";
    public const string Markdown = "markdown";
    public const string PlainText = "plain-text";

    /// <summary>A PDF dump's lines are the page's width (20–50 characters); in a text with one paragraph per line, many (a fifth or more) are far longer.</summary>
    private const int MaxPdfLineLength = 80;

    /// <summary>Decides from all lines (rows and prose) and, for the PDF-or-plain question, from the prose lines' length.</summary>
    public static string Detect(IReadOnlyList<SourceLine> lines, IReadOnlyList<SourceLine> prose)
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

        if (leadingTabLines >= 5)
        {
            return CellPerLine;
        }

        var proseText = prose.Where(l => l.Text.Trim().Length >= 8).ToList();
        var longLines = proseText.Count(l => l.Text.Trim().Length > MaxPdfLineLength);
        return proseText.Count > 0 && longLines * 5 >= proseText.Count ? PlainText : PdfText;
    }
}
