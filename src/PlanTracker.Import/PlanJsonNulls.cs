using PlanTracker.Import.Model;

namespace PlanTracker.Import;

/// <summary>
/// JSON may say null where the model has none ("indicators": null, "name": null, "target": null): lists become
/// empty, required texts empty (the validator then names them), a null measure empty, a null warning message or
/// extra-column value empty. A null row in a list
/// ([null]) makes the whole file unreadable: it cannot be told what it stood for.
/// </summary>
internal static class PlanJsonNulls
{
    public static ParsedPlan? Fill(ParsedPlan plan)
    {
        if (HasNullRow(plan.Chapters) || HasNullRow(plan.Indicators) || HasNullRow(plan.PreviousPeriod) || HasNullRow(plan.SpecialColumns)
            || HasNullRow(plan.Projects) || HasNullRow(plan.Warnings))
        {
            return null;
        }

        var chapters = (plan.Chapters ?? []).Select(c => c with
        {
            Title = c.Title ?? string.Empty,
            Paragraphs = Texts(c.Paragraphs),
            Sections = c.Sections is null ? [] : c.Sections.Any(s => s is null) ? null! : c.Sections.Select(s => s with { Title = s.Title ?? string.Empty, Paragraphs = Texts(s.Paragraphs) }).ToList(),
        }).ToList();
        var columns = (plan.SpecialColumns ?? []).Select(c => c with
        {
            Title = c.Title ?? string.Empty,
            Kind = c.Kind ?? "items",
            Items = c.Items is null ? [] : c.Items.Any(i => i is null) ? null! : c.Items.Select(i => i with
            {
                Title = i.Title ?? string.Empty,
                Text = i.Text ?? string.Empty,
                Targets = i.Targets is null ? [] : i.Targets.Any(t => t is null) ? null! : i.Targets.Select(t => t with { Phrase = t.Phrase ?? string.Empty, Unit = t.Unit ?? string.Empty }).ToList(),
            }).ToList(),
        }).ToList();
        if (chapters.Any(c => c.Sections is null) || columns.Any(c => c.Items is null || c.Items.Any(i => i.Targets is null)))
        {
            return null;
        }

        return plan with
        {
            Layout = plan.Layout ?? string.Empty,
            Chapters = chapters,
            Indicators = (plan.Indicators ?? []).Select(i => i with
            {
                Name = i.Name ?? string.Empty,
                Baseline = Measure(i.Baseline),
                Target = Measure(i.Target),
                ExtraColumns = i.ExtraColumns?.ToDictionary(c => c.Key, c => c.Value ?? string.Empty, StringComparer.Ordinal),
            }).ToList(),
            PreviousPeriod = (plan.PreviousPeriod ?? []).Select(r => r with
            {
                Name = r.Name ?? string.Empty,
                PreviousBase = r.PreviousBase is null ? null : Measure(r.PreviousBase),
                Planned = Measure(r.Planned),
                Actual = Measure(r.Actual),
            }).ToList(),
            SpecialColumns = columns,
            Projects = (plan.Projects ?? []).Select(p => p with { Name = p.Name ?? string.Empty }).ToList(),
            Warnings = (plan.Warnings ?? []).Select(w => w with { Message = w.Message ?? string.Empty }).ToList(),
        };
    }

    private static bool HasNullRow<T>(IReadOnlyList<T>? rows)
        where T : class => rows is not null && rows.Any(r => r is null);

    private static List<string> Texts(IReadOnlyList<string>? texts) => texts is null ? [] : texts.Select(t => t ?? string.Empty).ToList();

    private static ParsedMeasure Measure(ParsedMeasure? measure) =>
        measure is null ? ParsedMeasure.Empty : measure with { Text = measure.Text ?? string.Empty };
}
