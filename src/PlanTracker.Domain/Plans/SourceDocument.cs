namespace PlanTracker.Domain.Plans;

/// <summary>
/// One imported version of a plan: the text it came from (株洲 has two: a PDF dump and a Markdown conversion),
/// a pasted table, or a restore of an earlier version. The plan as stored is kept so the version can be restored.
/// </summary>
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

    public SourceOrigin Origin { get; set; }

    /// <summary>The plan this version stored, as plan JSON (the CLI's contract); null for versions imported before versions were kept.</summary>
    public string? PlanJson { get; set; }

    /// <summary>For a restore: the version it brought back.</summary>
    public int? RestoredFromId { get; set; }

    /// <summary>The cells the admin corrected in the import preview, in the order listed.</summary>
    public List<ImportCorrection> Corrections { get; set; } = [];
}

/// <summary>Where an imported version came from.</summary>
public enum SourceOrigin
{
    File = 0,
    PastedTable = 1,
    Restore = 2,
}

/// <summary>One change an admin made to what the reader read before confirming an import (who and when: its version's).</summary>
public class ImportCorrection
{
    public int Id { get; set; }

    public int SourceDocumentId { get; set; }

    public int Ordinal { get; set; }

    /// <summary>The row as the admin saw it, e.g. "3 城镇调查失业率".</summary>
    public required string RowLabel { get; set; }

    /// <summary>The column in Chinese (名称, 目标值 …), or 新增行 / 删除行.</summary>
    public required string Field { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
