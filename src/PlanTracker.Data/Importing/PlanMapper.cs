using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// Writes a parsed plan onto the stored aggregate in place: rows are matched by their identity (indicator
/// name, chapter number, 专栏 number and item number, project name) and updated, so that ids, and the
/// progress later attached to them, survive re-imports.
/// </summary>
internal static class PlanMapper
{
    public static void Apply(Plan plan, ParsedPlan parsed)
    {
        plan.Title = parsed.Title!;
        plan.PeriodStart = parsed.PeriodStart;
        plan.PeriodEnd = parsed.PeriodEnd;
        // The two extractions of one plan differ: only one carries the issuing notice. Keep what is known.
        plan.DocumentNumber = parsed.DocumentNumber ?? plan.DocumentNumber;
        plan.Issuer = parsed.Issuer ?? plan.Issuer;
        plan.IssuedOn = parsed.IssuedOn ?? plan.IssuedOn;
        plan.IndicatorFootnote = parsed.IndicatorFootnote ?? plan.IndicatorFootnote;

        Sync(plan.Chapters, parsed.Chapters, c => c.Number, c => c.Number, c => new Chapter { Title = c.Title }, (chapter, c) =>
        {
            chapter.Number = c.Number;
            chapter.Title = c.Title;
            chapter.Paragraphs = [.. c.Paragraphs];
            Sync(chapter.Sections, c.Sections, s => s.Number, s => s.Number, s => new Section { Title = s.Title }, (section, s) =>
            {
                section.Number = s.Number;
                section.Title = s.Title;
                section.Paragraphs = [.. s.Paragraphs];
            });
        });

        var ordinal = 0;
        Sync(plan.Indicators, parsed.Indicators, i => IndicatorKey.For(i.Name), i => IndicatorKey.For(i.Name), i => new Indicator { Name = i.Name }, (indicator, i) =>
        {
            indicator.Ordinal = ++ordinal;
            indicator.Category = i.Category;
            indicator.Number = i.Number;
            indicator.Name = i.Name;
            indicator.Unit = i.Unit;
            indicator.Baseline = i.Baseline.ToMeasure();
            indicator.Target = i.Target.ToMeasure();
            indicator.Cumulative = i.Cumulative;
            indicator.Attribute = IndicatorAttributeNames.Parse(i.Attribute);
            indicator.ExtraColumns = i.ExtraColumns is null ? [] : new Dictionary<string, string>(i.ExtraColumns);
        });

        ordinal = 0;
        Sync(plan.PreviousPeriodResults, parsed.PreviousPeriod, r => IndicatorKey.For(r.Name), r => IndicatorKey.For(r.Name), r => new PreviousPeriodResult { Name = r.Name }, (result, r) =>
        {
            result.Ordinal = ++ordinal;
            result.Number = r.Number;
            result.Name = r.Name;
            result.Unit = r.Unit;
            result.PreviousBase = r.PreviousBase?.ToMeasure() ?? Measure.Empty;
            result.Planned = r.Planned.ToMeasure();
            result.Actual = r.Actual.ToMeasure();
            result.Attribute = IndicatorAttributeNames.Parse(r.Attribute);
            result.ParentNumber = r.ParentNumber;
        });

        Sync(plan.SpecialColumns, parsed.SpecialColumns, c => c.Number, c => c.Number, c => new SpecialColumn { Title = c.Title, Kind = c.Kind }, (column, c) =>
        {
            column.Number = c.Number;
            column.Title = c.Title;
            column.Kind = c.Kind;
            column.ChapterNumber = c.ChapterNumber;
            column.SectionNumber = c.SectionNumber;
            Sync(column.Items, c.Items, i => i.Number, i => i.Number, i => new SpecialColumnItem { Title = i.Title, Text = i.Text }, (item, i) =>
            {
                item.Number = i.Number;
                item.Title = i.Title;
                item.Text = i.Text;
                item.Targets.Clear();
                item.Targets.AddRange(i.Targets.Select(t => new ItemTarget
                {
                    Phrase = t.Phrase,
                    Value = t.Value,
                    Unit = t.Unit,
                    Comparator = ComparatorExtensions.FromSymbol(t.Comparator),
                    Year = t.Year,
                }));
            });
        });

        ordinal = 0;
        Sync(plan.Projects, parsed.Projects, p => IndicatorKey.For(p.Name), p => IndicatorKey.For(p.Name), p => new Project { Name = p.Name }, (project, p) =>
        {
            project.Ordinal = ++ordinal;
            project.Number = p.Number;
            project.Name = p.Name;
            project.Nature = p.Nature;
            project.Location = p.Location;
            project.Owner = p.Owner;
            project.Content = p.Content;
            project.Period = p.Period;
            project.TotalInvestment = p.TotalInvestment;
            project.PeriodInvestment = p.PeriodInvestment;
            project.FundingSource = p.FundingSource;
        });
    }

    /// <summary>Links each 其中 row to the row it belongs to (by printed number); needs the rows' ids.</summary>
    public static void LinkParents(Plan plan, ParsedPlan parsed)
    {
        var byNumber = plan.Indicators.Where(i => i.Number is not null).GroupBy(i => i.Number!.Value).ToDictionary(g => g.Key, g => g.First());
        // the validator refuses two rows with one name; should one get here, the first one's parent counts
        var parentNumbers = parsed.Indicators.GroupBy(i => IndicatorKey.For(i.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ParentNumber, StringComparer.Ordinal);
        foreach (var indicator in plan.Indicators)
        {
            var parentNumber = parentNumbers.GetValueOrDefault(IndicatorKey.For(indicator.Name));
            indicator.Parent = parentNumber is { } n && byNumber.TryGetValue(n, out var parent) && parent != indicator ? parent : null;
        }
    }

    /// <summary>
    /// Makes <paramref name="existing"/> follow <paramref name="incoming"/> in order: matched rows are updated
    /// in place, new ones created, rows no longer present removed. Duplicate keys in the input each get a row.
    /// </summary>
    private static void Sync<TEntity, TParsed, TKey>(
        List<TEntity> existing,
        IReadOnlyList<TParsed> incoming,
        Func<TEntity, TKey> entityKey,
        Func<TParsed, TKey> parsedKey,
        Func<TParsed, TEntity> create,
        Action<TEntity, TParsed> update)
        where TKey : notnull
    {
        var pool = existing.GroupBy(entityKey).ToDictionary(g => g.Key, g => new Queue<TEntity>(g));
        var result = new List<TEntity>(incoming.Count);
        foreach (var parsed in incoming)
        {
            var entity = pool.TryGetValue(parsedKey(parsed), out var queue) && queue.Count > 0 ? queue.Dequeue() : create(parsed);
            update(entity, parsed);
            result.Add(entity);
        }

        existing.Clear();
        existing.AddRange(result);
    }
}
