using PlanTracker.Domain.Catalogue;

namespace PlanTracker.Domain.Tests.Catalogue;

public class UnitsTests
{
    [Theory]
    [InlineData("万人", "万人", "1")]
    [InlineData("人", "万人", "0.0001")]
    [InlineData("万人", "人", "10000")]
    [InlineData("万人次", "人次", "10000")]
    [InlineData("％", "%", "1")]
    [InlineData("万元", "亿元", "0.0001")]
    public void Units_of_one_kind_convert(string from, string to, string factor) =>
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), Units.ConversionFactor(from, to));

    [Theory]
    [InlineData("万人", "%")]
    [InlineData("%", "万人")]
    [InlineData("万人", "万人次")]
    [InlineData("万张", "万人")]
    [InlineData("万人", null)]
    public void A_count_never_lines_up_with_a_rate_or_another_kind(string? from, string? to) =>
        Assert.Null(Units.ConversionFactor(from, to));
}

public class UnitDecimalsTests
{
    [Theory]
    [InlineData("人", 0)]
    [InlineData("人次", 0)]
    [InlineData("家", 0)]
    [InlineData("%", 2)]
    [InlineData("％", 2)]
    [InlineData("万人", 4)]
    [InlineData("亿元", 4)]
    [InlineData(null, 4)]
    public void Decimals_suit_the_unit(string? unit, int decimals) =>
        Assert.Equal(decimals, PlanTracker.Domain.Catalogue.Units.MaxDecimals(unit));
}
