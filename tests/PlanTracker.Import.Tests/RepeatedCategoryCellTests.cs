namespace PlanTracker.Import.Tests;

/// <summary>
/// A category row whose merged cell comes out once per column ("一、就业 | 一、就业 | …", as Word's merged cells copy, and
/// as a duplicated line made it in the fuzz run, #245) is the category, not an indicator named 一、就业. 长沙 表1 as printed.
/// </summary>
public class RepeatedCategoryCellTests
{
    [Fact]
    public void A_category_repeated_in_every_cell_is_read_as_the_category()
    {
        var text = Seeds.Text(Seeds.Changsha);
        const string category = "二、社会保障\t\t\t\t";
        Assert.Contains(category, text);

        var plan = PlanParser.Parse(text.Replace(category, "二、社会保障\t二、社会保障\t二、社会保障\t二、社会保障\t二、社会保障", StringComparison.Ordinal));

        Assert.Equal(13, plan.Indicators.Count);
        Assert.DoesNotContain(plan.Indicators, i => i.Name.Contains("社会保障", StringComparison.Ordinal) && i.Number is null);
        Assert.Equal("社会保障", plan.Indicators.Single(i => i.Name == "失业保险参保人数").Category);
    }
}
