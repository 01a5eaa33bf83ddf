using PlanTracker.Import.Parsing;

namespace PlanTracker.Import;

/// <summary>
/// The outcome of reading an uploaded plan file: the text (LF line ends) and its encoding, or a Chinese error.
/// A Word document or a PDF also carries the document its own tables were read into (<see cref="PlanParser.Parse(PlanTextReadResult)"/>
/// reads that instead of the flattened text).
/// </summary>
public sealed record PlanTextReadResult(bool Success, string Text, string Encoding, string? Error)
{
    internal SourceDocument? Document { get; init; }

    public static PlanTextReadResult Ok(string text, string encoding) => new(true, text, encoding, null);

    internal static PlanTextReadResult Ok(string text, string encoding, SourceDocument document) => new(true, text, encoding, null) { Document = document };

    public static PlanTextReadResult Fail(string error) => new(false, string.Empty, string.Empty, error);
}
