using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Components.Tests.Dashboard;

/// <summary>Axis ticks in decimal: round steps (1, 2, 2.5, 5 × 10^k) covering the values, labels without trailing zeros or float noise.</summary>
public class ChartAxisTests
{
    [Theory]
    [InlineData(new[] { 182.8, 212.7 }, false, new[] { "180", "190", "200", "210", "220" })]
    [InlineData(new[] { 5.5, 5.8 }, false, new[] { "5.5", "5.6", "5.7", "5.8" })]
    [InlineData(new[] { 0.1, 0.7 }, false, new[] { "0", "0.2", "0.4", "0.6", "0.8" })]
    [InlineData(new[] { 3.27, 4.5 }, false, new[] { "3", "3.5", "4", "4.5" })]
    // The comparison's bars: 79.2, 62.7, 49.5, 18.9 against 60 and 40, always up to 100%, from zero.
    [InlineData(new[] { 79.2, 60, 62.7, 60, 49.5, 60, 18.9, 40, 100 }, true, new[] { "0", "25", "50", "75", "100" })]
    // A city past its target (120%) and one moving away from it (−15%).
    [InlineData(new[] { 120.0, -15, 100 }, true, new[] { "-50", "0", "50", "100", "150" })]
    public void Ticks_are_round_and_cover_the_values(double[] values, bool includeZero, string[] expected)
    {
        var axis = ChartAxis.For(values.Select(v => (decimal)v), includeZero: includeZero);

        Assert.Equal(expected, axis.Ticks.Select(ChartAxis.Label));
        Assert.True(axis.Min <= (decimal)values.Min() && axis.Max >= (decimal)values.Max());
    }

    [Fact]
    public void One_value_sits_in_the_middle_of_a_band_around_it()
    {
        var axis = ChartAxis.For([96m]);

        Assert.True(axis.Min < 96 && axis.Max > 96);
        Assert.Equal(0.5, axis.Fraction((axis.Min + axis.Max) / 2), 6);
    }

    [Fact]
    public void Labels_drop_trailing_zeros()
    {
        Assert.Equal("2.5", ChartAxis.Label(2.50m));
        Assert.Equal("60", ChartAxis.Label(60.0m));
        Assert.Equal("5.8", ChartAxis.Label(5.5m + (0.1m * 3)));
    }
}
