using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// A stored plan back in the import contract, the reverse of the importer's mapping: importing the result
/// again changes nothing (same indicators, targets, 专栏 and projects). Warnings are empty (they belong to a
/// parse, not to the plan); the layout says where the JSON came from.
/// </summary>
public static class StoredPlanJson
{
    public const string Layout = "plantracker-export";

    public static ParsedPlan From(Plan plan)
    {
        var numbers = plan.Indicators.ToDictionary(i => i.Id, i => i.Number);
        return new ParsedPlan
        {
            Region = plan.Region!.Name,
            Title = plan.Title,
            DocumentNumber = plan.DocumentNumber,
            Issuer = plan.Issuer,
            IssuedOn = plan.IssuedOn,
            PeriodStart = plan.PeriodStart,
            PeriodEnd = plan.PeriodEnd,
            Layout = Layout,
            IndicatorFootnote = plan.IndicatorFootnote,
            Chapters = [.. plan.Chapters.OrderBy(c => c.Number).Select(c => new ParsedChapter
            {
                Number = c.Number,
                Title = c.Title,
                Paragraphs = [.. c.Paragraphs],
                Sections = [.. c.Sections.OrderBy(s => s.Number).Select(s => new ParsedSection { Number = s.Number, Title = s.Title, Paragraphs = [.. s.Paragraphs] })],
            })],
            Indicators = [.. plan.Indicators.OrderBy(i => i.Ordinal).Select(i => new ParsedIndicator
            {
                Category = i.Category,
                Number = i.Number,
                Name = i.Name,
                Unit = i.Unit,
                Baseline = ParsedMeasure.From(i.Baseline),
                Target = ParsedMeasure.From(i.Target),
                Cumulative = i.Cumulative,
                Attribute = i.Attribute?.ToChinese(),
                ParentNumber = i.ParentId is { } parent ? numbers.GetValueOrDefault(parent) : null,
                ExtraColumns = i.ExtraColumns.Count == 0 ? null : new Dictionary<string, string>(i.ExtraColumns),
            })],
            PreviousPeriod = [.. plan.PreviousPeriodResults.OrderBy(r => r.Ordinal).Select(r => new ParsedPreviousResult
            {
                Number = r.Number,
                Name = r.Name,
                Unit = r.Unit,
                PreviousBase = r.PreviousBase.IsEmpty ? null : ParsedMeasure.From(r.PreviousBase),
                Planned = ParsedMeasure.From(r.Planned),
                Actual = ParsedMeasure.From(r.Actual),
                Attribute = r.Attribute?.ToChinese(),
                ParentNumber = r.ParentNumber,
            })],
            SpecialColumns = [.. plan.SpecialColumns.OrderBy(c => c.Number).Select(c => new ParsedSpecialColumn
            {
                Number = c.Number,
                Title = c.Title,
                ChapterNumber = c.ChapterNumber,
                SectionNumber = c.SectionNumber,
                Kind = c.Kind,
                Items = [.. c.Items.OrderBy(i => i.Number).Select(i => new ParsedSpecialColumnItem
                {
                    Number = i.Number,
                    Title = i.Title,
                    Text = i.Text,
                    Targets = [.. i.Targets.OrderBy(t => t.Id).Select(t => new ParsedItemTarget
                    {
                        Phrase = t.Phrase, Value = t.Value, Unit = t.Unit, Comparator = t.Comparator.ToSymbol(), Year = t.Year,
                    })],
                })],
            })],
            Projects = [.. plan.Projects.OrderBy(p => p.Ordinal).Select(p => new ParsedProject
            {
                Number = p.Number,
                Name = p.Name,
                Nature = p.Nature,
                Location = p.Location,
                Owner = p.Owner,
                Content = p.Content,
                Period = p.Period,
                TotalInvestment = p.TotalInvestment,
                PeriodInvestment = p.PeriodInvestment,
                FundingSource = p.FundingSource,
            })],
        };
    }
}
