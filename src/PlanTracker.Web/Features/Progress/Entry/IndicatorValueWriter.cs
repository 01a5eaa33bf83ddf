using PlanTracker.Data;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>Writes one indicator's merged fields for a year with its history row; a cleared value is removed.</summary>
internal static class IndicatorValueWriter
{
    /// <summary>What a stored value counts as for comparing and merging: a demo value counts as no value.</summary>
    public static RowFields Fields(IndicatorValue? stored) =>
        stored is null or { IsDemo: true }
            ? RowFields.None
            : new(stored.Value, stored.IsPreliminary, RowFields.Blank(stored.Note), RowFields.Blank(stored.Source), RowFields.Blank(stored.Cause), RowFields.Blank(stored.CorrectiveMeasures));

    /// <summary>
    /// Writes the fields when they differ from what is stored; true when something was written. A demo value counts as
    /// no value: an empty input leaves it alone, a typed value replaces it.
    /// </summary>
    public static bool Write(PlanTrackerDbContext context, IndicatorValue? current, int indicatorId, int year, RowFields fields, string userName, DateTimeOffset now)
    {
        var reported = current is { IsDemo: false } ? current : null;
        // Nothing to store without a value (a note alone is not a reported figure); an unchanged row is left alone.
        if (Fields(current) == fields || fields.Value is null && reported is null)
        {
            return false;
        }

        context.IndicatorValueChanges.Add(new IndicatorValueChange
        {
            IndicatorId = indicatorId,
            Year = year,
            OldValue = reported?.Value,
            NewValue = fields.Value,
            IsPreliminary = fields.IsPreliminary,
            Note = fields.Note,
            ChangedFields = fields.ChangedFrom(Fields(current)),
            ChangedAt = now,
            ChangedBy = userName,
        });
        if (fields.Value is not { } value)
        {
            context.IndicatorValues.Remove(reported!);
            return true;
        }

        if (current is { IsDemo: true })
        {
            // A typed value replaces a demo one entirely: none of its dates or figures survive.
            (current.IsDemo, current.IsPreliminary, current.PreliminaryValue, current.PreliminaryReportedAt, current.FinalReportedAt) = (false, false, null, null, null);
        }

        current ??= context.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicatorId, Year = year, UpdatedBy = userName }).Entity;
        current.Record(value, fields.IsPreliminary, now);
        (current.Note, current.Source, current.Cause, current.CorrectiveMeasures, current.UpdatedAt, current.UpdatedBy) =
            (fields.Note, fields.Source, fields.Cause, fields.CorrectiveMeasures, now, userName);
        return true;
    }
}
