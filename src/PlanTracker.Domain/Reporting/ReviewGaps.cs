namespace PlanTracker.Domain.Reporting;

public enum ReviewGapKind
{
    /// <summary>An indicator without a value for the year.</summary>
    MissingValue,

    /// <summary>A value with a warning (a jump, a falling stock, a 其中 row above its parent, a broken bound) but no 说明.</summary>
    WarningWithoutNote,

    /// <summary>A 约束性 indicator behind time or over its bound without 原因分析 and 整改措施.</summary>
    BindingUnexplained,

    /// <summary>A 专栏 item or a project without progress for the year.</summary>
    WorkNotReported,
}

/// <summary>One thing a reviewer should know is missing before 审核通过.</summary>
public sealed record ReviewGap(ReviewGapKind Kind, string Subject, string Message);

/// <summary>An indicator's value for the reviewed year with what the reporter wrote; <c>Value</c> null: not reported.</summary>
public sealed record ReviewedValue(ValueCheckContext Row, decimal? Value, decimal? ParentValue, string? Note, string? Cause, string? CorrectiveMeasures);

/// <summary>A 专栏 item ("专栏3 · 1. 高校毕业生…") or a project and whether it has progress for the reviewed year.</summary>
public sealed record ReviewedWork(string Name, bool IsProject, bool Reported);

/// <summary>
/// The checklist a leader sees before 审核通过, in this order: indicators without a value, 约束性 indicators without
/// cause and measures, values whose warnings (<see cref="ValueWarnings"/>) have no 说明, then 专栏 items and projects
/// without progress. Approving with any gap needs a stated reason (<see cref="NeedsReason"/>). Pure.
/// </summary>
public static class ReviewGaps
{
    public static IReadOnlyList<ReviewGap> Find(int year, IEnumerable<ReviewedValue> values, IEnumerable<ReviewedWork> work)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(work);
        var rows = values.ToList();
        var gaps = new List<ReviewGap>();
        gaps.AddRange(rows.Where(r => r.Value is null).Select(r => new ReviewGap(ReviewGapKind.MissingValue, r.Row.Name, $"“{r.Row.Name}”未填报 {year} 年数值")));
        gaps.AddRange(rows.Where(r => r.Value is { } v && BindingExplanation.IsRequired(r.Row, year, v) && !BindingExplanation.IsGiven(r.Cause, r.CorrectiveMeasures))
            .Select(r => new ReviewGap(ReviewGapKind.BindingUnexplained, r.Row.Name, $"约束性指标“{r.Row.Name}”滞后或突破控制目标，未写原因分析和整改措施")));
        foreach (var row in rows.Where(r => r.Value is not null && string.IsNullOrWhiteSpace(r.Note)))
        {
            var warnings = ValueWarnings.Check(row.Row, year, row.Value!.Value, row.ParentValue);
            if (warnings.Count > 0)
            {
                gaps.Add(new ReviewGap(ReviewGapKind.WarningWithoutNote, row.Row.Name, $"“{row.Row.Name}”{string.Join("；", warnings.Select(w => w.Message))}，未写说明"));
            }
        }

        gaps.AddRange(work.Where(w => !w.Reported).Select(w => new ReviewGap(ReviewGapKind.WorkNotReported, w.Name, $"{(w.IsProject ? "项目" : "专栏条目")}“{w.Name}”未填报 {year} 年进展")));
        return gaps;
    }

    /// <summary>Whether 审核通过 must say why: any gap, and no reason given.</summary>
    public static bool NeedsReason(IReadOnlyCollection<ReviewGap> gaps, string? reason) =>
        gaps.Count > 0 && string.IsNullOrWhiteSpace(reason);

    public static string ToChinese(this ReviewGapKind kind) => kind switch
    {
        ReviewGapKind.MissingValue => "未填报数值",
        ReviewGapKind.BindingUnexplained => "约束性指标未说明",
        ReviewGapKind.WarningWithoutNote => "异常值未说明",
        _ => "专栏与项目未填报",
    };
}
