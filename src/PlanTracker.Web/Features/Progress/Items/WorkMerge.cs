using System.Globalization;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>What a 专栏 item's or a project's year holds, compared between the loaded form, the page and the database (blank note = none).</summary>
public readonly record struct WorkFields(decimal? PercentComplete, WorkStatus? Status, string? Note, decimal? CompletedInvestment)
{
    public bool IsEmpty => PercentComplete is null && Status is null && Note is null && CompletedInvestment is null;

    public static WorkFields Of(ItemProgress? stored) =>
        stored is null ? default : new(stored.PercentComplete, stored.Status, RowFields.Blank(stored.Note), stored.CompletedInvestment);

    /// <summary>"进行中，完成 40%，投资 1.2 亿元，说明：…", or 未填报: how a conflict names the other person's version.</summary>
    public string Describe() => IsEmpty ? "未填报" : string.Join("，", new[]
    {
        Status?.ToChinese(),
        PercentComplete is { } percent ? $"完成 {percent.ToString("0.##", CultureInfo.InvariantCulture)}%" : null,
        CompletedInvestment is { } invested ? $"完成投资 {invested.ToString("0.####", CultureInfo.InvariantCulture)} 亿元" : null,
        Note is null ? null : $"说明：{Note}",
    }.OfType<string>());
}

/// <summary>A 专栏 item, project or item target both this person and someone else changed since the page was loaded: not written.</summary>
/// <remarks><see cref="Key"/> names the input: <c>item:12</c>, <c>project:3</c>, <c>target:7</c>.</remarks>
public sealed record WorkConflict(string Key, string Subject, string Theirs, string? TheirUser, DateTimeOffset? TheirAt);

/// <summary>What a 专栏 save wrote (rows per kind) and what it left for the reporter to decide.</summary>
public sealed record WorkWrite(int Items, int Projects, int TargetValues, IReadOnlyList<WorkConflict> Conflicts)
{
    public static WorkWrite None { get; } = new(0, 0, 0, []);

    /// <summary>"保存 1 项专栏、0 个项目的进度、2 个目标值", as the audit trail words it.</summary>
    public string Detail => $"保存 {Items} 项专栏、{Projects} 个项目的进度" + (TargetValues > 0 ? $"、{TargetValues} 个目标值" : string.Empty)
        + (Conflicts.Count > 0 ? $"，{Conflicts.Count} 项与他人的修改冲突未保存" : string.Empty);

    /// <summary>The page's message for the conflicts: which ones, and that saving again keeps this person's input.</summary>
    public string? ConflictMessage => Conflicts.Count == 0 ? null
        : $"您打开此页后，其他人也修改了 {string.Join("、", Conflicts.Select(c => $"“{c.Subject}”"))}，这些专栏与项目进度没有保存，对方的内容未被改动（见各条目下方）。核对后再次点击“保存”将以您的输入为准。";
}

/// <summary>A 专栏 item's or project's year merged field by field, by the rule every merging save follows (<see cref="FieldMerge"/>).</summary>
public static class WorkMerge
{
    /// <summary>The fields to store, or null when both people changed the row differently.</summary>
    public static WorkFields? Merge(WorkFields @base, WorkFields mine, WorkFields stored)
    {
        var merge = new FieldMerge();
        var merged = new WorkFields(
            merge.Field(@base.PercentComplete, mine.PercentComplete, stored.PercentComplete),
            merge.Field(@base.Status, mine.Status, stored.Status),
            merge.Field(@base.Note, mine.Note, stored.Note),
            merge.Field(@base.CompletedInvestment, mine.CompletedInvestment, stored.CompletedInvestment));
        // A merge of two halves that no one filled in together (a status without the rest gone) is no progress either.
        return merge.Conflict || (!merged.IsEmpty && merged.Status is null) ? null : merged;
    }
}
