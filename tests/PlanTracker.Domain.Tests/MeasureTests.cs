using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Tests;

public class MeasureTests
{
    [Theory]
    [InlineData("[75]", "75", Comparator.None, true)]
    [InlineData("[71.42]", "71.42", Comparator.None, true)]
    [InlineData("〔10〕", "10", Comparator.None, true)]
    [InlineData("〔 0.6 〕", "0.6", Comparator.None, true)]
    [InlineData("[ 1 ]", "1", Comparator.None, true)]
    [InlineData("[>25 ]", "25", Comparator.Greater, true)]
    [InlineData("<5.5", "5.5", Comparator.Less, false)]
    [InlineData("＜4", "4", Comparator.Less, false)]
    [InlineData("≤4.5", "4.5", Comparator.LessOrEqual, false)]
    [InlineData(">96", "96", Comparator.Greater, false)]
    [InlineData("＞95", "95", Comparator.Greater, false)]
    [InlineData("≥96", "96", Comparator.GreaterOrEqual, false)]
    [InlineData(">=90", "90", Comparator.GreaterOrEqual, false)]
    [InlineData("≧90", "90", Comparator.GreaterOrEqual, false)]
    [InlineData("91%", "91", Comparator.None, false)]
    [InlineData("92.13％", "92.13", Comparator.None, false)]
    [InlineData(">90%", "90", Comparator.Greater, false)]
    [InlineData("96以上", "96", Comparator.GreaterOrEqual, false)]
    [InlineData("4.5以内", "4.5", Comparator.LessOrEqual, false)]
    [InlineData("不低于95", "95", Comparator.GreaterOrEqual, false)]
    [InlineData("控制在5.5", "5.5", Comparator.LessOrEqual, false)]
    [InlineData("２０", "20", Comparator.None, false)]
    [InlineData("12,000", "12000", Comparator.None, false)]
    [InlineData("2.0", "2.0", Comparator.None, false)]
    [InlineData("5000人", "5000", Comparator.None, false)]
    public void ReadsValues(string printed, string value, Comparator comparator, bool cumulative)
    {
        var measure = Measure.Parse(printed);
        Assert.Equal(printed, measure.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), measure.Value);
        Assert.Equal(comparator, measure.Comparator);
        Assert.Equal(cumulative, measure.Cumulative);
        Assert.False(measure.IsTextOnly);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("-")]
    [InlineData("－")]
    public void DashMeansNoValue(string printed)
    {
        var measure = Measure.Parse(printed);
        Assert.True(measure.IsDash);
        Assert.False(measure.IsEmpty);
        Assert.Null(measure.Value);
        Assert.Equal(printed, measure.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void EmptyCellIsNotADash(string? printed)
    {
        var measure = Measure.Parse(printed);
        Assert.True(measure.IsEmpty);
        Assert.False(measure.IsDash);
        Assert.Equal(string.Empty, measure.Text);
        Assert.Null(measure.Value);
    }

    [Theory]
    [InlineData("1：4：5")]
    [InlineData("逐步提高")]
    [InlineData("1,2")]
    [InlineData("1，4")]
    public void OddValuesSurviveAsText(string printed)
    {
        var measure = Measure.Parse(printed);
        Assert.True(measure.IsTextOnly);
        Assert.Equal(printed, measure.Text);
        Assert.Null(measure.Value);
        Assert.Equal(Comparator.None, measure.Comparator);
    }

    [Fact]
    public void NegativeValuesAreNotDashes()
    {
        var measure = Measure.Parse("-0.5");
        Assert.False(measure.IsDash);
        Assert.Equal(-0.5m, measure.Value);
    }

    [Theory]
    [InlineData("<5.5", "5.4", true)]
    [InlineData("<5.5", "5.5", false)]
    [InlineData("≤4.5", "4.5", true)]
    [InlineData(">96", "96", false)]
    [InlineData("≥96", "96", true)]
    [InlineData("[>25]", "26", true)]
    public void BoundsAreChecked(string printed, string actual, bool respected) =>
        Assert.Equal(respected, Measure.Parse(printed).IsRespectedBy(decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("75")]
    [InlineData("—")]
    [InlineData("1：4：5")]
    public void PointValuesStateNoBound(string printed) => Assert.Null(Measure.Parse(printed).IsRespectedBy(1m));

    [Theory]
    [InlineData(Comparator.Less, "<")]
    [InlineData(Comparator.LessOrEqual, "<=")]
    [InlineData(Comparator.Greater, ">")]
    [InlineData(Comparator.GreaterOrEqual, ">=")]
    [InlineData(Comparator.None, null)]
    public void ComparatorSymbolsRoundTrip(Comparator comparator, string? symbol)
    {
        Assert.Equal(symbol, comparator.ToSymbol());
        Assert.Equal(comparator, ComparatorExtensions.FromSymbol(symbol));
    }

    [Theory]
    [InlineData("预期性", IndicatorAttribute.Anticipatory)]
    [InlineData("约 束 性", IndicatorAttribute.Binding)]
    [InlineData("指导性", null)]
    [InlineData("", null)]
    public void AttributesAreNeverGuessed(string text, IndicatorAttribute? expected) =>
        Assert.Equal(expected, IndicatorAttributeNames.Parse(text));
}
