namespace PlanTracker.Domain.Plans;

/// <summary>A text a plan was imported from (株洲 has two: a PDF dump and a Markdown conversion).</summary>
public class SourceDocument
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary>pdf-text, tab-separated, cell-per-line or markdown.</summary>
    public required string Layout { get; set; }

    public required string Encoding { get; set; }

    public int WarningCount { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}
