using PlanTracker.Import.Model;
using PlanTracker.Import.Tests.Variants;

namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>
/// A seed's golden values, callable on any <see cref="ParsedPlan"/> (the seed itself or a re-laid-out variant): each
/// method asserts one section and fails with every field that differs.
/// </summary>
internal sealed class CityGolden(GoldenPlan expected)
{
    public GoldenPlan Expected { get; } = expected;

    public void Metadata(ParsedPlan plan) => Check(plan, (p, s) => GoldenScorer.Metadata(Expected, p, s), Fidelity.Metadata);

    public void MainIndicators(ParsedPlan plan) => Check(plan, (p, s) => GoldenScorer.MainIndicators(Expected, p, s), Fidelity.Main);

    public void MainIndicator(ParsedPlan plan, int number) => Check(plan, (p, s) => GoldenScorer.MainIndicators(Expected, p, s, number), Fidelity.Main);

    public void PreviousPeriod(ParsedPlan plan) => Check(plan, (p, s) => GoldenScorer.PreviousPeriod(Expected, p, s), Fidelity.Previous);

    public void PreviousResult(ParsedPlan plan, int number) => Check(plan, (p, s) => GoldenScorer.PreviousPeriod(Expected, p, s, number), Fidelity.Previous);

    public void Chapters(ParsedPlan plan) => Check(plan, (p, s) => OutlineScorer.Chapters(Expected, p, s), Fidelity.Chapters);

    public void SpecialColumns(ParsedPlan plan) => Check(plan, (p, s) => OutlineScorer.SpecialColumns(Expected, p, s), Fidelity.Columns);

    public void Projects(ParsedPlan plan) => Check(plan, (p, s) => OutlineScorer.Projects(Expected, p, s), Fidelity.Projects);

    /// <summary>Every section at once, without failing: what the variant tests print.</summary>
    public Fidelity Score(ParsedPlan plan) => GoldenScorer.Score(Expected, plan);

    public TheoryData<int> IndicatorNumbers() => Numbers(Expected.Indicators.Select(i => i.Number));

    public TheoryData<int> PreviousNumbers() => Numbers(Expected.Previous.Select(i => i.Number));

    private static TheoryData<int> Numbers(IEnumerable<int> numbers)
    {
        var data = new TheoryData<int>();
        foreach (var number in numbers)
        {
            data.Add(number);
        }

        return data;
    }

    private static void Check(ParsedPlan plan, Action<ParsedPlan, SectionScore> score, string section)
    {
        var fidelity = new Fidelity();
        score(plan, fidelity.Section(section));
        fidelity.AssertAllMatched();
    }
}
