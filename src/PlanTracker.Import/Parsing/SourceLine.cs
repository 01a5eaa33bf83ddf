namespace PlanTracker.Import.Parsing;

/// <summary>One physical line of the input, with its 1-based line number.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>What the layout readers hand to the document walker.</summary>
internal abstract record Element(int Line);

/// <summary>A paragraph (or one line of prose, a heading, an item).</summary>
internal sealed record TextElement(int Line, string Text) : Element(Line);

/// <summary>
/// A table row as a list of cells. A <see cref="Fragment"/> is a line of a table printed as text: its cells are the
/// line's words and its row boundaries are unknown, so the table reader rebuilds rows from content.
/// </summary>
internal sealed record RowElement(int Line, IReadOnlyList<string> Cells, bool Fragment = false) : Element(Line)
{
    public IEnumerable<string> NonEmptyCells => Cells.Where(c => c.Trim().Length > 0);
}

/// <summary>An empty line: keeps tables split over a page break together but separates blocks of prose.</summary>
internal sealed record BlankElement(int Line) : Element(Line);
