namespace PlanTracker.Domain.Reporting;

/// <summary>What can be done to a city-year report.</summary>
public enum ReportAction
{
    /// <summary>提交: the reporter hands the year's values to the leader.</summary>
    Submit,

    /// <summary>审核通过: the leader accepts them; they become read-only.</summary>
    Approve,

    /// <summary>退回: the leader sends them back with a comment.</summary>
    Return,

    /// <summary>重新打开: a leader or admin reopens an approved year, with a reason.</summary>
    Reopen,
}

/// <summary>The report workflow: 草稿 → 已提交 → 已审核, or → 已退回 → 已提交 …; an approved year reopens to 已退回.</summary>
public static class ReportWorkflow
{
    /// <summary>The status after the action, or null when the action is not possible from this status.</summary>
    public static ReportStatus? Next(ReportStatus current, ReportAction action) => (current, action) switch
    {
        (ReportStatus.Draft or ReportStatus.Returned, ReportAction.Submit) => ReportStatus.Submitted,
        (ReportStatus.Submitted, ReportAction.Approve) => ReportStatus.Approved,
        (ReportStatus.Submitted, ReportAction.Return) => ReportStatus.Returned,
        (ReportStatus.Approved, ReportAction.Reopen) => ReportStatus.Returned,
        _ => null,
    };

    /// <summary>Returning needs a comment and reopening a reason.</summary>
    public static bool NeedsText(ReportAction action) => action is ReportAction.Return or ReportAction.Reopen;

    /// <summary>Values can be edited only while the year is a draft or has been returned.</summary>
    public static bool IsEditable(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    public static string ToChinese(this ReportAction action) => action switch
    {
        ReportAction.Submit => "提交审核",
        ReportAction.Approve => "审核通过",
        ReportAction.Return => "退回",
        _ => "重新打开",
    };
}
