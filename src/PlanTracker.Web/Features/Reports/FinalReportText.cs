using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Reports;

/// <summary>What the 总结评估 prints that is generated from its figures (never typed by hand).</summary>
public static class FinalReportText
{
    public static readonly FinalVerdict[] VerdictOrder =
        [FinalVerdict.Completed, FinalVerdict.BasicallyCompleted, FinalVerdict.NotCompleted, FinalVerdict.NoFinalData, FinalVerdict.NotAssessable];

    /// <summary>"仅采用已审核的年度数据：2021—2025年中已审核 4 年（2021、2022、2023、2025年）；2024年（已提交）未采用。"</summary>
    public static string DataBasis(FinalEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var approved = evaluation.ApprovedYears;
        var text = $"本报告仅采用经审核通过（已审核）的年度数据：{evaluation.Period.Span}中已审核 {approved.Count} 年" +
            (approved.Count > 0 ? $"（{string.Join("、", approved)}年）" : string.Empty);
        var left = evaluation.LeftOutYears;
        return left.Count == 0
            ? text + "。"
            : text + "；" + string.Join("、", left.Select(y => $"{y}年（{evaluation.YearStatuses[y]?.ToChinese() ?? "未填报"}）")) + "的数据未采用。";
    }

    /// <summary>One paragraph from the verdicts, the missed binding indicators and the 专栏/project work.</summary>
    public static string Summary(FinalEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var e = evaluation;
        var judged = e.Indicators.Count - e.Count(FinalVerdict.NotAssessable) - e.Count(FinalVerdict.NoFinalData);
        var text = $"规划确定的{e.Indicators.Count}项主要指标中，{judged}项有{e.Period.LastYear}年已审核数据可作总结评估：" +
            $"完成{e.Count(FinalVerdict.Completed)}项、基本完成{e.Count(FinalVerdict.BasicallyCompleted)}项、未完成{e.Count(FinalVerdict.NotCompleted)}项；" +
            $"另有{e.Count(FinalVerdict.NoFinalData)}项缺少{e.Period.LastYear}年已审核数据、{e.Count(FinalVerdict.NotAssessable)}项为文字性目标不作评估。";
        var missed = e.MissedBinding;
        var binding = e.Indicators.Where(i => i.Binding).ToList();
        text += binding.Count == 0 ? string.Empty
            : missed.Count == 0 ? (binding.All(i => i.Verdict == FinalVerdict.Completed) ? $"{binding.Count}项约束性指标全部完成。" : "约束性指标没有判定为未完成的，但有的缺少末年已审核数据。")
            : $"{binding.Count}项约束性指标中{missed.Count}项未完成（{string.Join("、", missed.Select(i => i.Name))}），原因与整改措施见第二部分。";
        var w = e.Work;
        if (w.Items > 0)
        {
            text += $"专栏所列{w.Items}项任务中，{w.ItemsReported}项填报了进度，其中{w.ItemsCompleted}项已完成。";
        }

        if (w.Projects.Count > 0)
        {
            text += $"{w.Projects.Count}个重大项目中{w.ProjectsCompleted}个已完成";
            text += w.PlannedInvestment is { } planned
                ? $"，规划期计划投资{ReportText.Number(planned)}亿元，已完成投资{ReportText.Number(w.SpentInvestment)}亿元" + (planned > 0 && w.SpentInvestment is { } spent ? $"（{ReportText.Percent(spent / planned)}）。" : "。")
                : "。";
        }

        return text;
    }

    /// <summary>The completion printed beside the verdict: "101%"; for a bound, whether the last year kept it.</summary>
    public static string Completion(FinalIndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Verdict is FinalVerdict.NoFinalData or FinalVerdict.NotAssessable ? "—"
            : row.AtEnd.BoundRespected is { } kept ? (kept ? "守住控制目标" : "突破控制目标")
            : row.AtEnd.Completion is { } completion ? ReportText.Percent(completion)
            : "—";
    }
}
