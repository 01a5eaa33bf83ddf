using PlanTracker.Import.Model;
using PlanTracker.Import.Tests.GoldenValues;
using Xunit.Abstractions;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>
/// The seeds printed to PDF (real HTML tables, Chromium) and imported as PDFs, scored against the seeds' golden
/// values: the same assertions the text tests run (<see cref="SeedGolden"/>).
/// </summary>
public class SeedPdfGoldenTests(SeedPdfFixture pdfs, ITestOutputHelper output) : IClassFixture<SeedPdfFixture>
{
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_table_is_read_exactly(string seed)
    {
        var plan = pdfs.Plan(seed);
        var golden = SeedGolden.For(seed);
        golden.MainIndicators(plan);
        golden.PreviousPeriod(plan);
        golden.Projects(plan);
        AssertInPrintedOrder(plan);
    }

    /// <summary>Title, region, chapters, sections, 专栏 and their items against the seed's text parse (which the golden tests hold to the seed).</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Other_sections_agree_with_the_text(string seed)
    {
        var pdf = pdfs.Plan(seed);
        var text = Seeds.Plan(seed);
        Assert.Equal("pdf", pdf.Layout);
        Assert.Equal(text.Region, pdf.Region);
        Assert.Equal(text.Title, pdf.Title);
        var scores = new (string Part, double Score)[]
        {
            ("chapters", Agreement(text.Chapters.Select(c => $"{c.Number} {c.Title}"), pdf.Chapters.Select(c => $"{c.Number} {c.Title}"))),
            ("sections", Agreement(text.Chapters.SelectMany(c => c.Sections.Select(s => $"{c.Number}.{s.Number} {s.Title}")), pdf.Chapters.SelectMany(c => c.Sections.Select(s => $"{c.Number}.{s.Number} {s.Title}")))),
            ("专栏", Agreement(text.SpecialColumns.Select(c => $"{c.Number} {c.Title} {c.Kind}"), pdf.SpecialColumns.Select(c => $"{c.Number} {c.Title} {c.Kind}"))),
            ("专栏 items", Agreement(text.SpecialColumns.SelectMany(c => c.Items.Select(i => $"{c.Number}.{i.Number} {i.Title}")), pdf.SpecialColumns.SelectMany(c => c.Items.Select(i => $"{c.Number}.{i.Number} {i.Title}")))),
            ("footnote", text.IndicatorFootnote is null ? 1 : Golden.Compact(text.IndicatorFootnote) == Golden.Compact(pdf.IndicatorFootnote ?? string.Empty) ? 1 : 0),
        };
        output.WriteLine($"{seed}: " + string.Join(", ", scores.Select(s => $"{s.Part} {s.Score:P1}")) + $"; warnings text {text.Warnings.Count}, pdf {pdf.Warnings.Count}");
        foreach (var warning in pdf.Warnings)
        {
            output.WriteLine($"  pdf warning {warning.Line}: {warning.Message}");
        }

        Assert.All(scores.Take(2), s => Assert.Equal(1, s.Score));
    }

    public static TheoryData<string> Files() => Seeds.Files();

    private static void AssertInPrintedOrder(ParsedPlan plan)
    {
        Assert.Equal(Enumerable.Range(1, plan.Indicators.Count).Cast<int?>(), plan.Indicators.Select(i => i.Number));
        Assert.Equal(Enumerable.Range(1, plan.PreviousPeriod.Count).Cast<int?>(), plan.PreviousPeriod.Select(i => i.Number));
    }

    /// <summary>The share of the expected keys found in the actual ones (a multiset match).</summary>
    private static double Agreement(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var wanted = expected.Select(Golden.Compact).ToList();
        if (wanted.Count == 0)
        {
            return actual.Any() ? 0 : 1;
        }

        var found = actual.Select(Golden.Compact).ToList();
        var hits = wanted.Count(w => found.Remove(w));
        return (double)hits / Math.Max(wanted.Count, wanted.Count + found.Count);
    }
}
