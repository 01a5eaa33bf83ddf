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

/// <summary>
/// Two pipe rows run together on one line, the second under a merged 其中 label (fuzz #4683): both rows under the label
/// keep their parent. 株洲's 13th-plan table as printed: 10、专业技术人才总量 and 11、高技能人才总量 are 其中 rows of 9、人才队伍总量.
/// </summary>
public class RunTogetherMergedLabelTests
{
    [Fact]
    public void Rows_under_a_merged_label_keep_their_parent_when_the_labelled_row_ran_into_the_previous_line()
    {
        var text = Seeds.Text(Seeds.ZhuzhouMarkdown);
        const string joined = "| 9、人才队伍总量 | 万人 | 66 | 66.78 | 预期性 | |\n| 其 中 | 10、专业技术人才总量 |";
        Assert.Contains(joined, text);

        var plan = PlanParser.Parse(text.Replace(joined, joined.Replace("|\n|", "||", StringComparison.Ordinal), StringComparison.Ordinal));

        var rows = plan.PreviousPeriod.ToDictionary(r => r.Number!.Value);
        Assert.Equal((9, 9), (rows[10].ParentNumber, rows[11].ParentNumber));
        Assert.Equal(("专业技术人才总量", "高技能人才总量"), (rows[10].Name, rows[11].Name));
        Assert.Null(rows[12].ParentNumber);
    }

    [Fact]
    public void A_row_with_an_empty_label_cell_keeps_its_parent_when_the_next_row_ran_into_its_line()
    {
        var text = Seeds.Text(Seeds.ZhuzhouMarkdown);
        const string joined = "| | 11、高技能人才总量 | 万人 | 12.5 | 13 | 预期性 |\n| 12、企业劳动合同签订率 |";
        Assert.Contains(joined, text);

        var plan = PlanParser.Parse(text.Replace(joined, joined.Replace("|\n|", "||", StringComparison.Ordinal), StringComparison.Ordinal));

        var rows = plan.PreviousPeriod.ToDictionary(r => r.Number!.Value);
        Assert.Equal((9, 9, (int?)null), (rows[10].ParentNumber, rows[11].ParentNumber, rows[12].ParentNumber));
        Assert.Equal(("高技能人才总量", "企业劳动合同签订率"), (rows[11].Name, rows[12].Name));
    }
}

/// <summary>
/// A table whose title and header were cut away (fuzz #9324): its remaining rows are not read as rows, and each is
/// named in a warning instead of passing silently as prose. 株洲's PDF dump, 专栏 1 (“十三五”时期主要指标完成情况).
/// </summary>
public class HeaderlessRowsTests
{
    [Fact]
    public void Rows_left_without_their_header_are_each_named()
    {
        var text = Seeds.Text(Seeds.ZhuzhouPdf);
        var title = text.IndexOf("专栏 1：“十三五”时期主要指标完成情况", StringComparison.Ordinal);
        var row9 = text.IndexOf("9、人才队伍总量", title, StringComparison.Ordinal);
        Assert.True(title > 0 && row9 > title);

        var plan = PlanParser.Parse(text[..title] + text[row9..]);

        Assert.Empty(plan.PreviousPeriod);
        Assert.Contains(plan.Warnings, w => w.Message.Contains("像是指标表的一行", StringComparison.Ordinal) && w.Message.Contains("12、企业劳动合同签订率", StringComparison.Ordinal));
        Assert.DoesNotContain(Seeds.Plan(Seeds.ZhuzhouPdf).Warnings, w => w.Message.Contains("像是指标表的一行", StringComparison.Ordinal));
    }
}

/// <summary>A category row with a stray character in another cell (fuzz #6790) stays the category, and the stray text is named. 长沙 表1.</summary>
public class StrayTextInCategoryRowTests
{
    [Fact]
    public void The_category_is_kept_and_the_stray_text_named()
    {
        var text = Seeds.Text(Seeds.Changsha);
        const string category = "二、社会保障\t\t\t\t";
        Assert.Contains(category, text);

        var plan = PlanParser.Parse(text.Replace(category, "二、社会保障\t\t束\t\t", StringComparison.Ordinal));

        Assert.Equal(13, plan.Indicators.Count);
        Assert.Equal("社会保障", plan.Indicators.Single(i => i.Name == "失业保险参保人数").Category);
        Assert.Contains(plan.Warnings, w => w.Message.Contains("是类别行“二、社会保障”，另有内容“束”", StringComparison.Ordinal));
    }
}
