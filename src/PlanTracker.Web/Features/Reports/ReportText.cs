using System.Globalization;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Components.Layout;

namespace PlanTracker.Web.Features.Reports;

/// <summary>Sentences and figures the report prints, generated from the engine's results (never typed by hand).</summary>
public static class ReportText
{
    public static readonly ProgressStatus[] StatusOrder =
        [ProgressStatus.AchievedEarly, ProgressStatus.Ahead, ProgressStatus.OnTrack, ProgressStatus.Behind, ProgressStatus.SeverelyBehind, ProgressStatus.NoData, ProgressStatus.NotAssessable];

    public static string Title(MonitoringReport report) => report.Midterm
        ? $"{report.Dashboard.RegionName}{report.Period.Name}规划中期评估报告"
        : $"{report.Dashboard.RegionName}{report.Year}年度规划实施监测报告";

    /// <summary>The plan under the title, with its period: "长沙市“十四五”…规划（2021—2025年）" (the span once, if the title has it).</summary>
    public static string PlanLine(MonitoringReport report) => report.Period.Titled(report.Dashboard.PlanTitle);

    /// <summary>
    /// What a plan's 中期评估 covers, for the report list; for 2021–2025: "2021—2025年规划，截至2023年（时序进度60%），含2024—2025年需完成的任务与评估结论".
    /// </summary>
    public static string MidtermSummary(PlanPeriod period) =>
        $"{period.Span}规划，截至{period.MidtermYear}年（时序进度{Percent(Elapsed(period, period.MidtermYear))}），含{Remaining(period, period.MidtermYear)}需完成的任务与评估结论";

    /// <summary>时序进度 at the end of <paramref name="year"/>: the share of the plan's years gone by, (year − first + 1) / n (60% at a five-year plan's middle year).</summary>
    public static decimal Elapsed(PlanPeriod period, int year) => (decimal)(year - period.FirstYear + 1) / period.YearCount;

    /// <summary>The plan's years after <paramref name="year"/>: "2024—2025年" (only the last year when at most one is left).</summary>
    public static string Remaining(PlanPeriod period, int year) =>
        year + 1 < period.LastYear ? $"{year + 1}—{period.LastYear}年" : $"{period.LastYear}年";

    /// <summary>The plan's years up to <paramref name="year"/>: "2021—2023年".</summary>
    public static string ElapsedSpan(PlanPeriod period, int year) =>
        year > period.FirstYear ? $"{period.FirstYear}—{year}年" : $"{year}年";

    /// <summary>Who issues the report: the configured unit (Portal:IssuingUnit), else the city's 人力资源和社会保障局.</summary>
    public static string IssuingUnit(string regionName, PortalBranding branding)
    {
        ArgumentNullException.ThrowIfNull(branding);
        return string.IsNullOrWhiteSpace(branding.IssuingUnit) ? $"{regionName}人力资源和社会保障局" : branding.IssuingUnit.Trim();
    }

    public static string Percent(decimal fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>One paragraph from the counts: how many indicators, how many on course, how many behind, binding warnings.</summary>
    public static string Conclusion(MonitoringReport report)
    {
        var d = report.Dashboard;
        var total = d.Indicators.Count;
        if (!report.HasData)
        {
            return $"{report.Year}年尚无任何指标的填报数据，无法评估规划实施进度。";
        }

        var warnings = d.BindingWarnings.Select(i => i.Name).ToList();
        var text = $"规划确定的{total}项主要指标中，{report.Assessed}项可按时序进度评估：" +
            $"提前实现{report.Count(ProgressStatus.AchievedEarly)}项、快于预期{report.Count(ProgressStatus.Ahead)}项、基本符合预期{report.Count(ProgressStatus.OnTrack)}项，" +
            $"滞后{report.Count(ProgressStatus.Behind)}项、严重滞后{report.Count(ProgressStatus.SeverelyBehind)}项；" +
            $"另有{report.Count(ProgressStatus.NoData)}项尚无数据、{report.Count(ProgressStatus.NotAssessable)}项为文字性目标不作评估。";
        text += warnings.Count == 0
            ? "约束性指标均符合时序进度或控制目标。"
            : $"{warnings.Count}项约束性指标滞后于时序进度或突破控制目标（{string.Join("、", warnings)}），须重点督办。";
        if (report.Midterm)
        {
            var share = report.Assessed == 0 ? 0m : (decimal)report.OnCourse / report.Assessed;
            text += report.Assessed == 0 ? string.Empty
                : share >= 0.8m ? $"总体看，{Percent(share)}的可评估指标达到或快于时序进度，规划实施总体符合预期，{report.RemainingSpan}应巩固成果、补齐短板。"
                : share >= 0.5m ? $"总体看，{Percent(share)}的可评估指标达到或快于时序进度，规划实施基本符合预期，但滞后指标须在{report.RemainingSpan}加快推进。"
                : $"总体看，仅{Percent(share)}的可评估指标达到或快于时序进度，规划实施滞后于预期，须调整措施、加大力度，确保{report.TargetHeading}实现。";
        }

        return text;
    }
}
