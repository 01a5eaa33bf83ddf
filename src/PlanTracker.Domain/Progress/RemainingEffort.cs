using System.Globalization;
using PlanTracker.Domain.Catalogue;

namespace PlanTracker.Domain.Progress;

/// <summary>
/// The remaining annual effort in the words bureau staff use, for every page and report that shows it: a five-year
/// total is 完成, a falling target 降低, any other 提高; a change of a rate is in 百分点, not %. A target already met is
/// 已达到目标, never a negative effort.
/// </summary>
public static class RemainingEffort
{
    /// <summary>"完成 15 万人", "提高 1.2 个百分点", "降低 0.1 个百分点"; null when there is no effort to state.</summary>
    public static string? Amount(IndicatorProgress progress, string? unit)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.RemainingAnnualEffort is not { } effort)
        {
            return null;
        }

        var verb = progress.Kind switch
        {
            IndicatorKind.Cumulative => "完成",
            IndicatorKind.LevelDecreasing => "降低",
            _ => "提高",
        };
        var normalised = Units.Normalise(unit);
        var shownUnit = normalised == "%" && progress.Kind != IndicatorKind.Cumulative ? "个百分点" : normalised;
        var amount = Math.Round(effort, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        return shownUnit.Length == 0 ? $"{verb} {amount}" : $"{verb} {amount} {shownUnit}";
    }

    /// <summary>"今后每年需提高 1.2 个百分点"; "已达到目标" for a target met (提前实现); null otherwise (a bound, no data, no year left).</summary>
    public static string? Sentence(IndicatorProgress progress, string? unit)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return Amount(progress, unit) is { } amount ? "今后每年需" + amount
            : progress.Status == ProgressStatus.AchievedEarly ? "已达到目标"
            : null;
    }
}
