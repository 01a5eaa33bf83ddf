using System.Globalization;
using PlanTracker.Import.Model;
using PlanTracker.Import.Parsing;
using PlanTracker.Import.Tests.GoldenValues;

namespace PlanTracker.Import.Tests.Variants;

/// <summary>
/// Issue 12, "Tests and figures": every seed with its tables re-laid-out in every layout (and mixed in one document)
/// reads to the seed's golden values on every section. A failing case prints its fidelity per section.
/// Set PLANTRACKER_VARIANTS_DIR to keep each generated text and its figures there.
/// </summary>
public class LayoutVariantTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.All)
        {
            foreach (var layout in LayoutVariants.Layouts)
            {
                data.Add(seed, layout.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsEveryGoldenField(string seed, string layout)
    {
        var variant = LayoutVariants.Build(seed, layout);
        var plan = PlanParser.Parse(variant.Text);
        var fidelity = SeedGolden.For(seed).Score(plan);
        Keep(variant, plan, fidelity);
        Assert.True(fidelity.AllMatched, $"{seed} × {layout}: {fidelity.Report()}\n  warnings: {plan.Warnings.Count}{FirstWarnings(plan)}");
    }

    /// <summary>A table that is not read in full is reported on its lines: never fewer rows without a warning there.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void NoSilentLoss(string seed, string layout)
    {
        var variant = LayoutVariants.Build(seed, layout);
        var plan = PlanParser.Parse(variant.Text);
        var golden = SeedGolden.For(seed).Expected;
        var read = new Dictionary<TableKind, int>
        {
            [TableKind.MainIndicators] = plan.Indicators.Count,
            [TableKind.PreviousPeriod] = plan.PreviousPeriod.Count,
            [TableKind.Projects] = plan.Projects.Count,
        };
        var expected = new Dictionary<TableKind, int>
        {
            [TableKind.MainIndicators] = golden.Indicators.Count,
            [TableKind.PreviousPeriod] = golden.Previous.Count,
            [TableKind.Projects] = golden.Projects.Count,
        };
        var silent = variant.Tables
            .Where(t => read[t.Kind] < expected[t.Kind])
            .Where(t => !plan.Warnings.Any(w => w.Line >= t.FirstLine && w.Line <= t.LastLine + 3))
            .Select(t => $"{t.Kind} (lines {t.FirstLine}–{t.LastLine}): {read[t.Kind]} of {expected[t.Kind]} rows read, no warning on its lines")
            .ToList();
        Assert.True(silent.Count == 0, $"{seed} × {layout}: {string.Join("; ", silent)}; warnings: {plan.Warnings.Count}{FirstWarnings(plan)}");
        Assert.False(plan.Indicators.Count == 0 && plan.Warnings.Count == 0, $"{seed} × {layout}: no indicators and no warning");
    }

    private static string FirstWarnings(ParsedPlan plan) =>
        string.Concat(plan.Warnings.Take(5).Select(w => string.Create(CultureInfo.InvariantCulture, $"\n    第{w.Line}行 {w.Message}")));

    private static void Keep(VariantDocument variant, ParsedPlan plan, Fidelity fidelity)
    {
        var directory = Environment.GetEnvironmentVariable("PLANTRACKER_VARIANTS_DIR");
        if (string.IsNullOrEmpty(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var name = $"{variant.Seed[..3]}-{variant.Layout.Replace(':', '_').Replace('+', '_')}";
        File.WriteAllText(Path.Combine(directory, name + ".txt"), variant.Text);
        var status = fidelity.AllMatched ? "PASS" : "FAIL";
        File.WriteAllText(Path.Combine(directory, name + ".score"), $"{status}\t{variant.Seed[..3]}\t{variant.Layout}\t{fidelity.Summary()}\twarnings={plan.Warnings.Count}\tlayout={plan.Layout}\n");
    }
}
