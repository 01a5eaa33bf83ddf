
namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>The reporter's columns of the form; a column missing from an uploaded sheet leaves that field alone.</summary>
public enum SheetField
{
    Value,
    Preliminary,
    Note,
    Source,
    Cause,
    CorrectiveMeasures,
}

/// <summary>One indicator's row as read from an uploaded sheet (its row number for messages).</summary>
public sealed record ProgressSheetRow(int RowNumber, int IndicatorId, decimal? Value, bool IsPreliminary, string? Note, string? Source, string? Cause, string? CorrectiveMeasures);

/// <summary>What an uploaded sheet says, or why it cannot be used (Chinese messages naming row and column).</summary>
public sealed record ProgressSheet(IReadOnlyList<string> Errors, IReadOnlySet<SheetField> Columns, IReadOnlyList<ProgressSheetRow> Rows)
{
    public static ProgressSheet Fail(params IReadOnlyList<string> errors) => new(errors, new HashSet<SheetField>(), []);
}
