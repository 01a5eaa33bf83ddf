using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// One row of the main-indicator table as the admin left it in the import preview. <see cref="SourceIndex"/> is the
/// row's place in what the reader read (null for a row the admin added); a read row missing from the edits was deleted.
/// Baseline and target are the printed texts ("≥96", "[60]"); the target's comparator and the cumulative mark are
/// the admin's, so a comparator can be fixed without retyping the value.
/// </summary>
public sealed record IndicatorEdit(
    int? SourceIndex,
    string? Category,
    int? Number,
    string Name,
    string? Unit,
    string Baseline,
    string Target,
    string? TargetComparator,
    bool Cumulative,
    string? Attribute,
    int? ParentNumber)
{
    /// <summary>The read row as an unchanged edit.</summary>
    public static IndicatorEdit From(ParsedIndicator indicator, int index) => new(
        index, indicator.Category, indicator.Number, indicator.Name, indicator.Unit, indicator.Baseline.Text, indicator.Target.Text,
        indicator.Target.Comparator, indicator.Cumulative, indicator.Attribute, indicator.ParentNumber);

    /// <summary>An empty row to fill in.</summary>
    public static IndicatorEdit New(int? number) => new(null, null, number, string.Empty, null, string.Empty, string.Empty, null, false, null, null);

    /// <summary>"3 城镇调查失业率": how the row is named in the corrections list.</summary>
    public string Label => Number is { } number ? $"{number} {Name.Trim()}" : Name.Trim();
}
