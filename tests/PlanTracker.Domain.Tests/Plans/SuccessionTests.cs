using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Tests.Plans;

/// <summary>A 15th plan's printed 2025 baseline against the 14th plan's reported 2025 value, worked by hand.</summary>
public class SuccessionTests
{
    [Fact]
    public void The_same_figure_to_the_printed_decimals_agrees()
    {
        // printed 212.7 万人; reported 212.68 万人 → 212.7 at one decimal → agrees
        Assert.Equal((SuccessionVerdict.Agrees, 0m), Succession.Compare(Measure.Parse("212.7"), 1m, 212.68m, 1m));
    }

    [Fact]
    public void A_different_figure_differs_by_the_unrounded_amount()
    {
        // printed 212.7; reported 214.1 → 1.4 higher
        var (verdict, difference) = Succession.Compare(Measure.Parse("212.7"), 1m, 214.1m, 1m);

        Assert.Equal(SuccessionVerdict.Differs, verdict);
        Assert.Equal(1.4m, difference);
        Assert.Equal("上期填报值高出 1.4", Succession.Describe(difference!.Value));
    }

    [Fact]
    public void Units_are_brought_together_through_the_catalogue_factors()
    {
        // printed 2127000 人 (factor 人 → 万人 0.0001); reported 212.7 万人 (factor 1) → 2127000 人 → agrees
        Assert.Equal(SuccessionVerdict.Agrees, Succession.Compare(Measure.Parse("2127000"), 0.0001m, 212.7m, 1m).Verdict);
    }

    [Fact]
    public void Nothing_reported_or_a_dash_printed_is_said_so()
    {
        Assert.Equal(SuccessionVerdict.NotReported, Succession.Compare(Measure.Parse("96"), 1m, null, 1m).Verdict);
        Assert.Equal(SuccessionVerdict.NotComparable, Succession.Compare(Measure.Parse("—"), 1m, 5m, 1m).Verdict);
    }

    [Theory]
    [InlineData("182.8", 1)]
    [InlineData("[75]", 0)]
    [InlineData("≥96.05", 2)]
    [InlineData("—", 0)]
    public void Decimals_are_those_printed(string text, int decimals) => Assert.Equal(decimals, Succession.Decimals(text));
}
