using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>Compares a parsed plan with the stored one: what would be added, dropped or changed.</summary>
internal static class PlanDiffer
{
    public static PlanDiff Compare(Plan? stored, ParsedPlan incoming)
    {
        if (stored is null)
        {
            return new PlanDiff(true, [.. incoming.Indicators.Select(i => i.Name)], [], [], [], [], []);
        }

        var storedByKey = stored.Indicators.GroupBy(i => IndicatorKey.For(i.Name)).ToDictionary(g => g.Key, g => g.First());
        var incomingKeys = incoming.Indicators.Select(i => IndicatorKey.For(i.Name)).ToHashSet();
        var added = new List<string>();
        var targets = new List<IndicatorChange>();
        var baselines = new List<IndicatorChange>();
        foreach (var indicator in incoming.Indicators)
        {
            if (!storedByKey.TryGetValue(IndicatorKey.For(indicator.Name), out var existing))
            {
                added.Add(indicator.Name);
                continue;
            }

            if (!SameMeasure(existing.Target, indicator.Target))
            {
                targets.Add(new IndicatorChange(indicator.Name, existing.Target.Text, indicator.Target.Text));
            }

            if (!SameMeasure(existing.Baseline, indicator.Baseline))
            {
                baselines.Add(new IndicatorChange(indicator.Name, existing.Baseline.Text, indicator.Baseline.Text));
            }
        }

        var removed = stored.Indicators.Where(i => !incomingKeys.Contains(IndicatorKey.For(i.Name))).Select(i => i.Name).ToList();
        var incomingItems = incoming.SpecialColumns.SelectMany(c => c.Items.Select(i => (c.Number, i.Number))).ToHashSet();
        var removedItems = stored.SpecialColumns
            .SelectMany(c => c.Items.Where(i => !incomingItems.Contains((c.Number, i.Number))).Select(i => $"专栏{c.Number} {i.Number}. {i.Title}"))
            .ToList();
        var incomingProjects = incoming.Projects.Select(p => IndicatorKey.For(p.Name)).ToHashSet();
        var removedProjects = stored.Projects.Where(p => !incomingProjects.Contains(IndicatorKey.For(p.Name))).Select(p => p.Name).ToList();
        return new PlanDiff(false, added, removed, targets, baselines, removedItems, removedProjects);
    }

    /// <summary>The same value and bound, whatever the spelling ("＞25" and ">25" are one target).</summary>
    private static bool SameMeasure(Measure stored, ParsedMeasure incoming)
    {
        var parsed = incoming.ToMeasure();
        return parsed.Value is null && stored.Value is null
            ? IndicatorKey.For(parsed.Text) == IndicatorKey.For(stored.Text)
            : parsed.Value == stored.Value && parsed.Comparator == stored.Comparator && parsed.Cumulative == stored.Cumulative;
    }
}
