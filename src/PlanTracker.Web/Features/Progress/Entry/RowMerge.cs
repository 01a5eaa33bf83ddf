using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Workbook;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>The six fields a reporter fills in, compared between the stored form, the page and the sheet (blank text = none).</summary>
public readonly record struct RowFields(decimal? Value, bool IsPreliminary, string? Note, string? Source, string? Cause, string? CorrectiveMeasures)
{
    /// <summary>No value reported (also what a demo value counts as).</summary>
    public static RowFields None => default;

    public static RowFields From(ProgressRowInput row) =>
        new(row.Value, row.IsPreliminary, Blank(row.Note), Blank(row.Source), Blank(row.Cause), Blank(row.CorrectiveMeasures));

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The fields that differ between the two, for the history row.</summary>
    public ValueFields ChangedFrom(RowFields before) =>
        (Value != before.Value ? ValueFields.Value : ValueFields.None)
        | (IsPreliminary != before.IsPreliminary ? ValueFields.Preliminary : ValueFields.None)
        | (Note != before.Note ? ValueFields.Note : ValueFields.None)
        | (Source != before.Source ? ValueFields.Source : ValueFields.None)
        | (Cause != before.Cause ? ValueFields.Cause : ValueFields.None)
        | (CorrectiveMeasures != before.CorrectiveMeasures ? ValueFields.CorrectiveMeasures : ValueFields.None);
}

/// <summary>
/// A row both people changed: what this person typed, what the other saved meanwhile (who, when). The reporter keeps
/// one side explicitly (<see cref="ProgressRowInput.KeepMine"/>, <see cref="ProgressRowInput.TakeTheirs"/>).
/// </summary>
public sealed record RowConflict(RowFields Mine, RowFields Theirs, string TheirUser, DateTimeOffset? TheirAt);

/// <summary>
/// The per-field rule of every merging save — indicator rows (<see cref="RowMerge"/>), 专栏 items, projects and item
/// targets (<see cref="Items.WorkMerge"/>): a field this person changed (differs from the base, the value they loaded) is
/// applied when the stored field still equals the base (or already equals the new value); a changed field whose stored
/// value differs from both is a conflict for the whole row. Fields this person did not change keep the stored value.
/// </summary>
public sealed class FieldMerge
{
    public bool Conflict { get; private set; }

    public T Field<T>(T @base, T mine, T stored)
    {
        var comparer = EqualityComparer<T>.Default;
        if (comparer.Equals(mine, @base) || comparer.Equals(stored, mine))
        {
            return comparer.Equals(mine, @base) ? stored : mine;
        }

        Conflict |= !comparer.Equals(stored, @base);
        return mine;
    }
}

/// <summary>An indicator row merged field by field (<see cref="FieldMerge"/>).</summary>
public static class RowMerge
{
    /// <summary>The fields to store, or null when the row is a conflict.</summary>
    public static RowFields? Merge(RowFields @base, RowFields mine, RowFields stored)
    {
        var merge = new FieldMerge();
        var merged = new RowFields(
            merge.Field(@base.Value, mine.Value, stored.Value),
            merge.Field(@base.IsPreliminary, mine.IsPreliminary, stored.IsPreliminary),
            merge.Field(@base.Note, mine.Note, stored.Note),
            merge.Field(@base.Source, mine.Source, stored.Source),
            merge.Field(@base.Cause, mine.Cause, stored.Cause),
            merge.Field(@base.CorrectiveMeasures, mine.CorrectiveMeasures, stored.CorrectiveMeasures));
        return merge.Conflict ? null : merged;
    }
}
