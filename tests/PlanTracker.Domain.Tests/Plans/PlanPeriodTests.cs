using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Tests.Plans;

public class PlanPeriodTests
{
    [Theory]
    [InlineData(2016, 2020, 2015, 13, "“十三五”", "“十二五”")]
    [InlineData(2021, 2025, 2020, 14, "“十四五”", "“十三五”")]
    [InlineData(2026, 2030, 2025, 15, "“十五五”", "“十四五”")]
    [InlineData(2031, 2035, 2030, 16, "“十六五”", "“十五五”")]
    public void A_five_year_plan_has_its_ordinal_and_names(int first, int last, int baseline, int ordinal, string name, string previous)
    {
        var period = new PlanPeriod(first, last);

        Assert.Equal(baseline, period.BaselineYear);
        Assert.Equal(5, period.YearCount);
        Assert.Equal(ordinal, period.Ordinal);
        Assert.Equal(name, period.Name);
        Assert.Equal(previous, period.PreviousName);
    }

    [Fact]
    public void A_period_off_the_cycle_is_named_by_its_years()
    {
        var threeYears = new PlanPeriod(2024, 2026);
        var shifted = new PlanPeriod(2022, 2026);

        Assert.Null(threeYears.Ordinal);
        Assert.Equal("2024—2026年", threeYears.Name);
        Assert.Equal([2024, 2025, 2026], threeYears.Years);
        Assert.Equal(2023, threeYears.BaselineYear);
        Assert.Null(shifted.Ordinal);
        Assert.Null(shifted.PreviousName);
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(2025, 2021));

    [Theory]
    // December 2026, 14th plan only: 2025 is the year just ended (data only up to 2023 does not pull it back)
    [InlineData("2026-12-01", 2023, false, 2025)]
    // both plans: the year just ended is still 2025, in the 14th plan
    [InlineData("2026-12-01", null, true, 2025)]
    // March 2027, both plans: 2026, the 15th plan's first year
    [InlineData("2027-03-01", null, true, 2026)]
    // a year with data later than the year just ended wins
    [InlineData("2027-03-01", 2027, true, 2027)]
    // March 2032, past the last plan: its last year
    [InlineData("2032-03-01", null, true, 2030)]
    // before the first plan: its first year
    [InlineData("2019-06-01", null, false, 2021)]
    public void The_default_year_is_the_later_of_data_and_the_year_just_ended_within_the_plans(string today, int? latest, bool both, int expected)
    {
        PlanPeriod[] periods = both ? [new(2021, 2025), new(2026, 2030)] : [new(2021, 2025)];

        Assert.Equal(expected, PlanPeriod.DefaultYear(periods, latest, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_a_plan_the_default_year_is_the_year_just_ended() =>
        Assert.Equal(2025, PlanPeriod.DefaultYear([], null, new DateOnly(2026, 12, 1)));

    [Fact]
    public void The_plan_in_force_is_the_one_containing_the_year()
    {
        PlanPeriod[] periods = [new(2021, 2025), new(2026, 2030)];

        Assert.Equal(new PlanPeriod(2021, 2025), PlanPeriod.InForce(periods, 2025));
        Assert.Equal(new PlanPeriod(2026, 2030), PlanPeriod.InForce(periods, 2026));
        Assert.Null(PlanPeriod.InForce(periods, 2031));
    }

    [Theory]
    [InlineData("长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）", "长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）")]
    [InlineData("株洲市“十四五”规划（2021-2025）", "株洲市“十四五”规划（2021-2025）")]
    [InlineData("湘西州人社事业发展规划", "湘西州人社事业发展规划（2021—2025年）")]
    public void A_title_gets_the_span_only_when_it_does_not_print_it(string title, string expected) =>
        Assert.Equal(expected, new PlanPeriod(2021, 2025).Titled(title));
}
