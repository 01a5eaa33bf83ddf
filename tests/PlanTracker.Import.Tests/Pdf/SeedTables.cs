using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>One block of a seed as the HTML shows it: a paragraph, a heading or a table (header row + rows).</summary>
internal abstract record SeedBlock;

internal sealed record SeedParagraph(string Text, bool Heading) : SeedBlock;

internal sealed record SeedTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : SeedBlock;

/// <summary>
/// A seed's prose and tables: the text reader's elements grouped, a table being a header row (one that
/// <see cref="TableLayout.TryRecognise"/> knows) and the rows after it until prose.
/// </summary>
internal static class SeedTables
{
    public static IReadOnlyList<SeedBlock> Blocks(string seedText)
    {
        var document = PlanParser.ReadDocument(seedText, new ParseContext());
        var blocks = new List<SeedBlock>();
        List<string>? header = null;
        var rows = new List<IReadOnlyList<string>>();

        void Close()
        {
            if (header is not null)
            {
                blocks.Add(new SeedTable(header, [.. rows]));
            }

            header = null;
            rows = [];
        }

        // a PDF dump's reader runs the title into the first paragraph: the printed page has it on its own
        var title = MetadataReader.Read(document.Lines).Title;
        foreach (var element in document.Elements)
        {
            if (title is not null && element is TextElement opening && SplitTitle(opening.Text, title) is { } rest)
            {
                blocks.Add(new SeedParagraph(opening.Text[..^rest.Length].Trim(), false));
                blocks.Add(new SeedParagraph(rest.Trim(), false));
                title = null;
                continue;
            }

            switch (element)
            {
                case RowElement row when TableLayout.TryRecognise(row.Cells) is not null:
                    Close();
                    header = TrimEnd(row.Cells);
                    break;
                case RowElement row when header is not null && !EndsTable(row, header):
                    if (row.NonEmptyCells.Any())
                    {
                        rows.Add(TrimEnd(row.Cells));
                    }

                    break;
                case RowElement row:
                    Close();
                    var cells = row.NonEmptyCells.Select(c => c.Trim()).ToList();
                    if (cells.Count > 0)
                    {
                        blocks.Add(new SeedParagraph(string.Join(" ", cells), cells.Count == 1 && Patterns.IsHeadingLine(cells[0])));
                    }

                    break;
                case TextElement text when header is not null && IsCategory(text.Text):
                    rows.Add([text.Text.Trim()]);
                    break;
                case TextElement text:
                    Close();
                    if (text.Text.Trim().Length > 0)
                    {
                        blocks.Add(new SeedParagraph(text.Text.Trim(), Patterns.IsHeadingLine(text.Text)));
                    }

                    break;
            }
        }

        Close();
        return blocks;
    }

    /// <summary>As the walker reads it: a heading, a footnote or a single cell that is neither a category nor a numbered row ends a table.</summary>
    private static bool EndsTable(RowElement row, List<string> header)
    {
        var cells = row.NonEmptyCells.Select(c => c.Trim()).ToList();
        if (cells.Count != 1)
        {
            return false;
        }

        var projects = TableLayout.TryRecognise(header)?.Kind == TableKind.Projects;
        return Patterns.IsHeadingLine(cells[0]) || Patterns.Footnote().IsMatch(cells[0]) || projects
            || !(IsCategory(cells[0]) || Patterns.NumberedName().IsMatch(TextTools.CollapseCjkSpaces(cells[0])));
    }

    /// <summary>The cells trimmed, without the empty cells at the end (a Markdown row's trailing pipe).</summary>
    private static List<string> TrimEnd(IReadOnlyList<string> cells)
    {
        var trimmed = cells.Select(c => c.Trim()).ToList();
        while (trimmed.Count > 0 && trimmed[^1].Length == 0)
        {
            trimmed.RemoveAt(trimmed.Count - 1);
        }

        return trimmed;
    }

    /// <summary>What follows the title when a paragraph starts with it (compared without spaces) and goes on.</summary>
    private static string? SplitTitle(string text, string title)
    {
        var compact = string.Concat(title.Where(c => !char.IsWhiteSpace(c)));
        var seen = 0;
        for (var i = 0; i < text.Length && seen <= compact.Length; i++)
        {
            if (seen == compact.Length)
            {
                return text[i..].Trim().Length > 0 ? text[i..] : null;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                if (text[i] != compact[seen])
                {
                    return null;
                }

                seen++;
            }
        }

        return null;
    }

    private static bool IsCategory(string text) => text.Trim().Length <= 20 && Patterns.Category().IsMatch(TextTools.CollapseCjkSpaces(text.Trim()));
}
