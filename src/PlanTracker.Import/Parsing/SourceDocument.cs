namespace PlanTracker.Import.Parsing;

/// <summary>
/// A document as the parser reads it, whatever produced it: its lines (for the title, notice and line numbers in
/// warnings) and the prose and table-row elements in reading order. A text is segmented per table by
/// <c>TextDocumentReader</c>; a Word document's and a PDF's readers build the elements from the file's own tables.
/// </summary>
internal sealed record SourceDocument(string Layout, IReadOnlyList<SourceLine> Lines, IReadOnlyList<Element> Elements);
