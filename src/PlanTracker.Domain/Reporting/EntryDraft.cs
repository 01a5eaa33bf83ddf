namespace PlanTracker.Domain.Reporting;

/// <summary>
/// What a reporter has typed on the entry form but not yet saved, kept automatically after a few seconds of
/// inactivity so that a dropped connection or a closed tab loses nothing. One per person, city and year; offered
/// back when the form is opened again, and removed by a successful save.
/// </summary>
public class EntryDraft
{
    public long Id { get; set; }

    public int RegionId { get; set; }

    public int Year { get; set; }

    public required string UserName { get; set; }

    /// <summary>The form's inputs as JSON (any content, valid or not: it is only a buffer).</summary>
    public required string Content { get; set; }

    /// <summary>The report version the form was loaded from, so that restoring it cannot overwrite a later save unseen.</summary>
    public long? BasedOnVersion { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
