using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>One changed field of one indicator: old → new as the user reads them.</summary>
public sealed record WorkbookFieldChange(string Column, string Old, string New)
{
    /// <summary>How an empty value reads in the preview.</summary>
    public const string Empty = "（空）";
}

/// <summary>An indicator the sheet changes, with the sheet's row number.</summary>
public sealed record WorkbookRowChange(int RowNumber, int IndicatorId, string Name, IReadOnlyList<WorkbookFieldChange> Fields);

/// <summary>
/// What confirming an uploaded sheet would save: the changes, the request to save (based on the report version
/// the preview was made from) and the stored fields it was compared with; or the reasons nothing can be saved.
/// </summary>
public sealed record WorkbookPreview(IReadOnlyList<string> Errors, IReadOnlyList<WorkbookRowChange> Changes, SaveProgressRequest? Request, IReadOnlyDictionary<int, RowFields> Stored)
{
    public bool CanConfirm => Errors.Count == 0 && Changes.Count > 0 && Request is not null;

    public static WorkbookPreview Fail(params IReadOnlyList<string> errors) => new(errors, [], null, new Dictionary<int, RowFields>());

    /// <summary>Indicators whose inputs on the page differ from what was stored: unsaved typing an import would replace.</summary>
    public IReadOnlyList<string> UnsavedOn(SaveProgressRequest page) =>
        [.. page.Rows.Where(r => Stored.TryGetValue(r.IndicatorId, out var stored) && stored != RowFields.From(r)).Select(r => r.Name)];
}
