using System.Globalization;
using PlanTracker.Import.Model;
using PlanTracker.Import.Tests.Variants;

namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>Scores a parsed plan against a seed's golden values, section by section, into a <see cref="Fidelity"/>.</summary>
internal static class GoldenScorer
{
    public static Fidelity Score(GoldenPlan golden, ParsedPlan plan)
    {
        var fidelity = new Fidelity();
        Metadata(golden, plan, fidelity.Section(Fidelity.Metadata));
        OutlineScorer.Chapters(golden, plan, fidelity.Section(Fidelity.Chapters));
        MainIndicators(golden, plan, fidelity.Section(Fidelity.Main));
        PreviousPeriod(golden, plan, fidelity.Section(Fidelity.Previous));
        OutlineScorer.SpecialColumns(golden, plan, fidelity.Section(Fidelity.Columns));
        OutlineScorer.Projects(golden, plan, fidelity.Section(Fidelity.Projects));
        return fidelity;
    }

    public static void Metadata(GoldenPlan golden, ParsedPlan plan, SectionScore score)
    {
        var expected = golden.Metadata;
        score.Equal("region", expected.Region, plan.Region);
        score.Equal("title", expected.Title, plan.Title);
        score.Equal("documentNumber", expected.DocumentNumber, plan.DocumentNumber);
        score.Equal("issuer", expected.Issuer, plan.Issuer);
        score.Equal("issuedOn", expected.IssuedOn, plan.IssuedOn);
        score.Equal("indicatorFootnote", expected.Footnote, plan.IndicatorFootnote);
        score.Equal("looksLikePlan", true, PlanParser.LooksLikePlan(plan));
    }

    public static void MainIndicators(GoldenPlan golden, ParsedPlan plan, SectionScore score, int? only = null)
    {
        if (only is null)
        {
            score.Equal("row count", golden.Indicators.Count, plan.Indicators.Count);
            score.Equal("numbers in printed order", Numbers(golden.Indicators.Select(i => (int?)i.Number)), Numbers(plan.Indicators.Select(i => i.Number)));
        }

        foreach (var expected in golden.Indicators.Where(i => only is null || i.Number == only))
        {
            var matches = Match(plan.Indicators, i => i.Number == expected.Number, i => i.Name == expected.Name);
            if (matches.Count != 1)
            {
                score.Missing($"#{expected.Number} {expected.Name}{(matches.Count > 1 ? $" (×{matches.Count})" : string.Empty)}", 14);
                continue;
            }

            var row = matches[0];
            score.Row($"#{expected.Number}", () =>
            {
                score.Equal("number", (int?)expected.Number, row.Number);
                score.Equal("category", expected.Category, row.Category);
                score.Equal("name", expected.Name, row.Name);
                score.Equal("unit", expected.Unit, row.Unit);
                Measure(score, "baseline", expected.Baseline, row.Baseline, golden.CompactText);
                Measure(score, "target", expected.Target, row.Target, golden.CompactText);
                score.Equal("cumulative", expected.Cumulative, row.Cumulative);
                score.Equal("attribute", expected.Attribute, row.Attribute);
                score.Equal("parent", expected.Parent, row.ParentNumber);
                score.Equal("extraColumns", Extra(expected.ThirteenthTarget), Extra(row.ExtraColumns));
            });
        }
    }

    public static void PreviousPeriod(GoldenPlan golden, ParsedPlan plan, SectionScore score, int? only = null)
    {
        if (only is null)
        {
            score.Equal("row count", golden.Previous.Count, plan.PreviousPeriod.Count);
        }

        foreach (var expected in golden.Previous.Where(i => only is null || i.Number == only))
        {
            var matches = Match(plan.PreviousPeriod, i => i.Number == expected.Number, i => i.Name == expected.Name);
            if (matches.Count != 1)
            {
                score.Missing($"#{expected.Number} {expected.Name}{(matches.Count > 1 ? $" (×{matches.Count})" : string.Empty)}", expected.PreviousBase is null ? 12 : 14);
                continue;
            }

            var row = matches[0];
            score.Row($"#{expected.Number}", () =>
            {
                score.Equal("number", (int?)expected.Number, row.Number);
                score.Equal("name", expected.Name, row.Name);
                score.Equal("unit", expected.Unit, row.Unit);
                if (expected.PreviousBase is null)
                {
                    score.Equal("previousBase", null, row.PreviousBase?.Text);
                }
                else
                {
                    Measure(score, "previousBase", expected.PreviousBase, row.PreviousBase ?? ParsedMeasure.Empty, golden.CompactText);
                }

                Measure(score, "planned", expected.Planned, row.Planned, golden.CompactText);
                Measure(score, "actual", expected.Actual, row.Actual, golden.CompactText);
                score.Equal("attribute", expected.Attribute, row.Attribute);
                score.Equal("parent", expected.Parent, row.ParentNumber);
            });
        }
    }

    private static void Measure(SectionScore score, string field, GoldenMeasure expected, ParsedMeasure actual, bool compact)
    {
        var text = compact ? Golden.Compact(expected.Text) == Golden.Compact(actual.Text) : expected.Text == actual.Text;
        score.Check($"{field} text", text, $"“{expected.Text}”", $"“{actual.Text}”");
        score.Equal($"{field} value", Golden.D(expected.Value), actual.Value);
        score.Equal($"{field} comparator", expected.Comparator, actual.Comparator);
    }

    /// <summary>The row with the golden number, or else (a row read without its number) the one with the golden name.</summary>
    private static List<T> Match<T>(IReadOnlyList<T> rows, Func<T, bool> byNumber, Func<T, bool> byName)
    {
        var matches = rows.Where(byNumber).ToList();
        return matches.Count > 0 ? matches : rows.Where(byName).ToList();
    }

    private static string Numbers(IEnumerable<int?> numbers) => string.Join(",", numbers.Select(n => n?.ToString(CultureInfo.InvariantCulture) ?? "-"));

    private static string? Extra(string? thirteenthTarget) => thirteenthTarget is null ? null : "十三五目标=" + thirteenthTarget;

    private static string? Extra(IReadOnlyDictionary<string, string>? columns) =>
        columns is null ? null : string.Join(";", columns.Select(c => c.Key + "=" + c.Value));
}
