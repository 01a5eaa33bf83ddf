using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>One file to import: its name, its bytes and who imports it.</summary>
public sealed record ImportSource(string FileName, byte[] Content, string ImportedBy);

public enum ImportOutcome
{
    /// <summary>A new plan was stored.</summary>
    Created,

    /// <summary>The region's plan for the period existed and was updated in place.</summary>
    Updated,

    /// <summary>This exact file was imported before; nothing changed.</summary>
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

    /// <summary>A file refused before it was read (e.g. the user may not import).</summary>
    public static ImportPreview Refused(string fileName, string error) => new(fileName, string.Empty, null, null, [error], null, false, null);
}

public sealed record ImportResult(ImportOutcome Outcome, int? PlanId, string Message, ImportPreview Preview);
