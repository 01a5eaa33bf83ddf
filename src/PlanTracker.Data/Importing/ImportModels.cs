using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// One thing to import: a file's name and bytes and who imports it, with the admin's corrections of the read
/// main-indicator table and, when the document's table could not be read, a table pasted in its place.
/// </summary>
public sealed record ImportSource(string FileName, byte[] Content, string ImportedBy)
{
    /// <summary>The main-indicator table as the admin corrected it in the preview; null: as read.</summary>
    public IReadOnlyList<IndicatorEdit>? Corrections { get; init; }

    /// <summary>A main-indicator table pasted from Word, WPS or Excel; replaces the document's (or is the whole plan when there is no file).</summary>
    public PastedTable? Paste { get; init; }

    /// <summary>Skip a file imported at any time before (the seed loader and the CLI's folder import), not only the plan's current version.</summary>
    public bool SkipIfImportedBefore { get; init; }
}

/// <summary>Clipboard text of a main-indicator table; region and title name the plan when no document comes with it.</summary>
public sealed record PastedTable(string Text, string? Region = null, string? Title = null)
{
    /// <summary>The name a pasted table is recorded under when no file comes with it.</summary>
    public const string FileName = "粘贴的主要指标表";
}

public enum ImportOutcome
{
    /// <summary>A new plan was stored.</summary>
    Created,

    /// <summary>The region's plan for the period existed and was updated in place.</summary>
    Updated,

    /// <summary>The plan's current version is this exact file, as read; nothing changed.</summary>
    AlreadyImported,

    /// <summary>The import would drop indicators, 专栏 items or projects: it waits for confirmation.</summary>
    NeedsConfirmation,

    /// <summary>The file is not a readable plan; nothing was written.</summary>
    Rejected,
}

public sealed record IndicatorChange(string Name, string Before, string After);

/// <summary>What an import would change in the stored plan.</summary>
public sealed record PlanDiff(
    bool IsNewPlan,
    IReadOnlyList<string> AddedIndicators,
    IReadOnlyList<string> RemovedIndicators,
    IReadOnlyList<IndicatorChange> TargetChanges,
    IReadOnlyList<IndicatorChange> BaselineChanges,
    IReadOnlyList<string> RemovedItems,
    IReadOnlyList<string> RemovedProjects)
{
    public bool DropsAnything => RemovedIndicators.Count > 0 || RemovedItems.Count > 0 || RemovedProjects.Count > 0;

    public bool HasChanges => IsNewPlan || AddedIndicators.Count > 0 || DropsAnything || TargetChanges.Count > 0 || BaselineChanges.Count > 0;
}

/// <summary>The result of reading a file and comparing it with what is stored. Errors are in Chinese.</summary>
public sealed record ImportPreview(
    string FileName,
    string Sha256,
    ParsedPlan? Plan,
    string? Encoding,
    IReadOnlyList<string> Errors,
    PlanDiff? Diff,
    bool AlreadyImported,
    int? ExistingPlanId)
{
    public bool CanImport => Errors.Count == 0 && Plan is not null;

    /// <summary>The plan as the reader read it, with a pasted table in place, before corrections: what the corrections grid starts from.</summary>
    public ParsedPlan? ReadPlan { get; init; }

    /// <summary>What the corrections change against <see cref="ReadPlan"/>.</summary>
    public IReadOnlyList<CorrectionEntry> Corrections { get; init; } = [];

    /// <summary>Rows of the (corrected) main-indicator table a check failed on, 0-based: the corrections grid marks them.</summary>
    public IReadOnlySet<int> IndicatorErrorRows { get; init; } = new HashSet<int>();

    /// <summary>Some version of the plan came from this file (the current one or an earlier one).</summary>
    public bool ImportedBefore { get; init; }

    /// <summary>The document was read as a plan but its main-indicator table was not: a pasted table can stand in.</summary>
    public bool MissingIndicatorTable => ReadPlan is { Indicators.Count: 0 } && Plan is { Indicators.Count: 0 };

    /// <summary>A file refused before it was read (e.g. the user may not import).</summary>
    public static ImportPreview Refused(string fileName, string error) => new(fileName, string.Empty, null, null, [error], null, false, null);
}

public sealed record ImportResult(ImportOutcome Outcome, int? PlanId, string Message, ImportPreview Preview)
{
    /// <summary>Rows the import mapped to the indicator catalogue (in its transaction).</summary>
    public int MappedToCatalogue { get; init; }
}
