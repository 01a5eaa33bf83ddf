namespace PlanTracker.Import.Tests;

/// <summary>
/// Issue 12: a main-indicator header cell that maps to no field is reported by its text, in a document as in a
/// pasted table (one rule, in the shared table step); the column is kept as an extra column. 长沙 表1 as printed,
/// with a 备注 column added.
/// </summary>
public class UnmappedHeaderTests
{
    [Fact]
    public void A_document_table_with_an_unknown_column_names_it_and_keeps_its_cells()
    {
        const string header = "指 标\t单 位\t2020年\t2025年\t属 性";
        var text = Seeds.Text(Seeds.Changsha);
        Assert.Contains(header, text);
        text = text.Replace(header, header + "\t备注", StringComparison.Ordinal)
            .Replace("7.失业保险参保人数\t万人\t182.8\t212.7\t约束性", "7.失业保险参保人数\t万人\t182.8\t212.7\t约束性\t含灵活就业", StringComparison.Ordinal);

        var plan = PlanParser.Parse(text);

        Assert.Equal(13, plan.Indicators.Count);
        Assert.Contains(plan.Warnings, w => w.Message.Contains("表头第6列“备注”不是主要指标表的已知列", StringComparison.Ordinal));
        var unemployment = plan.Indicators.Single(i => i.Name == "失业保险参保人数");
        Assert.Equal(("182.8", "212.7", "约束性"), (unemployment.Baseline.Text, unemployment.Target.Text, unemployment.Attribute));
        Assert.Equal("含灵活就业", unemployment.ExtraColumns!["备注"]);
    }

    [Fact]
    public void The_seed_tables_have_no_unknown_columns()
    {
        foreach (var seed in Seeds.All)
        {
            Assert.DoesNotContain(Seeds.Plan(seed).Warnings, w => w.Message.Contains("不是主要指标表的已知列", StringComparison.Ordinal));
        }
    }
}
