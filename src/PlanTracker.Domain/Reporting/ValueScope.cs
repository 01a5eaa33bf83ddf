namespace PlanTracker.Domain.Reporting;

/// <summary>
/// Which reported values a figure may use, by the review status of their city-year report. What leaders and the
/// province see is <see cref="Approved"/> unless they ask for more; every unapproved figure shown is then marked.
/// </summary>
public enum ValueScope
{
    /// <summary>仅已审核: values of approved city-year reports only.</summary>
    Approved = 0,

    /// <summary>含已提交: approved and submitted (awaiting review).</summary>
    Submitted = 1,

    /// <summary>含草稿: every value, drafts and returned reports included.</summary>
    All = 2,
}

public static class ValueScopes
{
    /// <summary>Whether a value of a report in <paramref name="status"/> counts (null: the year has no report yet, a draft).</summary>
    public static bool Includes(this ValueScope scope, ReportStatus? status) => scope switch
    {
        ValueScope.Approved => status == ReportStatus.Approved,
        ValueScope.Submitted => status is ReportStatus.Approved or ReportStatus.Submitted,
        _ => true,
    };

    public static string ToChinese(this ValueScope scope) => scope switch
    {
        ValueScope.Approved => "仅已审核数据",
        ValueScope.Submitted => "含已提交待审核数据",
        _ => "含草稿等全部数据",
    };

    /// <summary>The query-string word: approved, submitted, all.</summary>
    public static string ToQuery(this ValueScope scope) => scope switch
    {
        ValueScope.Approved => "approved",
        ValueScope.Submitted => "submitted",
        _ => "all",
    };

    /// <summary>The scope a query-string word names; anything else (missing, unknown) is <see cref="ValueScope.Approved"/>.</summary>
    public static ValueScope FromQuery(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "submitted" => ValueScope.Submitted,
        "all" => ValueScope.All,
        _ => ValueScope.Approved,
    };
}
