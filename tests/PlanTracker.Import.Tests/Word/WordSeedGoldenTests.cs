using PlanTracker.Import.Model;
using Xunit.Abstractions;

namespace PlanTracker.Import.Tests.Word;

/// <summary>
/// Issue 12: each seed written as a .docx with real Word tables (plain grid; category rows spanning the grid) and
/// imported through <see cref="PlanDocumentReader"/>: every golden table row as in the seed's own golden tests.
/// </summary>
public class WordSeedGoldenTests(ITestOutputHelper output)
{
    public static TheoryData<string, WordVariant> Cases() => WordCases.For(WordVariant.PlainGrid, WordVariant.SpannedCategory);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_golden_table_row_is_read_from_the_Word_tables(string seed, WordVariant variant)
    {
        var plan = WordCases.Parse(seed, variant);

        var score = GoldenValues.SeedGolden.For(seed).Score(plan);

        output.WriteLine(score.Report());
        Assert.All([Variants.Fidelity.Main, Variants.Fidelity.Previous, Variants.Fidelity.Projects], section => Assert.True(score.Section(section).AllMatched, score.Report()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rest_of_the_plan_reads_as_from_the_seed_text(string seed, WordVariant variant)
    {
        var plan = WordCases.Parse(seed, variant);
        var text = Seeds.Plan(seed);

        Assert.Equal("docx", plan.Layout);
        Assert.Equal(text.Region, plan.Region);
        Assert.Equal(text.Title, plan.Title);
        Assert.Equal(text.IndicatorFootnote, plan.IndicatorFootnote);
        Assert.Equal(Outline(text), Outline(plan));
        Assert.Equal(text.SpecialColumns.Select(c => (c.Number, c.Title, c.Kind, string.Join(";", c.Items.Select(i => i.Title)))), plan.SpecialColumns.Select(c => (c.Number, c.Title, c.Kind, string.Join(";", c.Items.Select(i => i.Title)))));
        output.WriteLine(string.Join("\n", plan.Warnings.Select(w => $"{w.Line}: {w.Message}")));
    }

    private static IEnumerable<string> Outline(ParsedPlan plan) =>
        plan.Chapters.Select(c => $"{c.Number} {c.Title}: " + string.Join(";", c.Sections.Select(s => s.Title)));
}
