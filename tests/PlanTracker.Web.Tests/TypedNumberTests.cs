using PlanTracker.Web.Features.Progress;

namespace PlanTracker.Web.Tests;

/// <summary>Numbers as people type them into the entry form or a sheet: read, or refused with the reason; never dropped.</summary>
public class TypedNumberTests
{
    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData(" 15 ", 15)]
    [InlineData("１２．５", 12.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("-3", -3)]
    public void Numbers_are_read_with_full_width_digits_spaces_and_thousands_groups(string text, double expected)
    {
        Assert.True(TypedNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("5.5%")]
    [InlineData("12万")]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData("99999999999999999999999999999999")]
    public void Anything_else_is_not_a_number(string text) => Assert.False(TypedNumber.TryParse(text, out _));

    [Fact]
    public void A_blank_field_is_no_value_and_reads()
    {
        Assert.True(TypedNumber.TryParse("  ", out var value));
        Assert.Null(value);
        Assert.Equal((null, null), TypedNumber.Read(string.Empty));
    }

    [Fact]
    public void What_cannot_be_read_is_kept_to_show_and_refuse()
    {
        Assert.Equal((null, "abc"), TypedNumber.Read("abc"));
        Assert.Equal("abc", TypedNumber.Show(15m, "abc"));
        Assert.Equal("15.6", TypedNumber.Show(15.600m, null));
        Assert.Equal("“1,5”不是有效数字：小数点请用“.”", TypedNumber.Problem("1,5"));
    }
}
