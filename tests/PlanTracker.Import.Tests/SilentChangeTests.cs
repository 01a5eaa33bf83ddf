using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests;

/// <summary>
/// Issue 11, defect 6: damage to a table that used to change the result with no warning. Each case edits one seed
/// the way the outside test's mutations did; the expected warning names the line and what is wrong.
/// 长沙 (001) prints its main-indicator table tab-separated, one row per line: "2.城镇调查失业率\t%\t5.5\t<5.5\t预期性".
/// </summary>
public class SilentChangeTests
{
    [Fact]
    public void A_row_printed_twice_is_reported_on_its_second_line()
    {
        var (lines, row) = Changsha("2.城镇调查失业率\t");
        lines.Insert(row + 1, lines[row]);

        var plan = Parse(lines);

        Assert.Contains(plan.Warnings, w => w.Line == row + 2 && w.Message.Contains($"主要指标表序号2重复（第{row + 1}行已有）", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.Line == row + 2 && w.Message.Contains($"主要指标表中“城镇调查失业率”重复出现（第{row + 1}行已有）", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_missing_from_the_middle_is_reported_as_a_gap()
    {
        var (lines, row) = Changsha("3.城镇登记失业率\t");
        lines.RemoveAt(row);

        var plan = Parse(lines);

        Assert.Equal(12, plan.Indicators.Count);
        // row 2 sits on the line before the deleted one, row 4 has moved up onto the deleted row's line
        Assert.Contains(plan.Warnings, w => w.Line == row + 1 && w.Message == $"主要指标表序号不连续：第{row}行是2，本行是4，缺少第3行");
    }

    [Fact]
    public void Two_rows_swapped_are_reported_as_disorder()
    {
        var (lines, row) = Changsha("7.失业保险参保人数\t");
        (lines[row], lines[row + 1]) = (lines[row + 1], lines[row]);

        var plan = Parse(lines);

        Assert.Contains(plan.Warnings, w => w.Line == row + 2 && w.Message == $"主要指标表序号顺序错乱：第{row + 1}行是8，本行是7");
    }

    [Fact]
    public void A_row_the_table_reader_cannot_take_is_reported_instead_of_ending_the_table_silently()
    {
        // 株洲's Markdown table: a row that lost every pipe is prose, which ends the table
        var lines = Seeds.Text(Seeds.ZhuzhouMarkdown).Split('\n').ToList();
        var row = lines.FindIndex(l => l.StartsWith("| 5.基本养老保险参保人数", StringComparison.Ordinal));
        lines[row] = lines[row].Replace('|', ' ').Trim();

        var plan = Parse(lines);

        Assert.Contains(plan.Warnings, w => w.Line == row + 1 && w.Message.StartsWith("主要指标表在第", StringComparison.Ordinal) && w.Message.Contains("像是表格的第5行，未读入表格", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_that_lost_its_leading_pipe_is_still_a_row()
    {
        var lines = Seeds.Text(Seeds.ZhuzhouMarkdown).Split('\n').ToList();
        var row = lines.FindIndex(l => l.StartsWith("| 5.基本养老保险参保人数", StringComparison.Ordinal));
        lines[row] = lines[row].TrimStart('|');

        var plan = Parse(lines);

        var indicator = Assert.Single(plan.Indicators, i => i.Number == 5);
        Assert.Equal("基本养老保险参保人数", indicator.Name);
        Assert.Equal("320", indicator.Target.Text);
    }

    [Fact]
    public void A_file_cut_inside_a_table_is_reported()
    {
        var (lines, row) = Changsha("5.其中：农民工参加职业培训人次\t");

        var plan = Parse(lines.Take(row + 1).ToList());

        Assert.Equal(5, plan.Indicators.Count);
        Assert.Contains(plan.Warnings, w => w.Message.StartsWith("文件在主要指标表中结束", StringComparison.Ordinal));
    }

    [Fact]
    public void Impossible_values_are_reported_with_their_line()
    {
        var (lines, rate) = Changsha("6.基本养老保险参保覆盖率\t");
        lines[rate] = lines[rate].Replace(">96", ">960", StringComparison.Ordinal);
        var jobs = Changsha("1.城镇新增就业人数\t").Row;
        lines[jobs] = lines[jobs].Replace("[75]", "[75000]", StringComparison.Ordinal);
        var insured = Changsha("7.失业保险参保人数\t").Row;
        lines[insured] = lines[insured].Replace("182.8", "-182.8", StringComparison.Ordinal);

        var plan = Parse(lines);

        Assert.Contains(plan.Warnings, w => w.Line == rate + 1 && w.Message == "“基本养老保险参保覆盖率”的目标值“>960”不可能：比率应在 0–100% 之间，请核对");
        Assert.Contains(plan.Warnings, w => w.Line == jobs + 1 && w.Message == "“城镇新增就业人数”的基期值“[71.42]”与目标值“[75000]”相差千倍以上，疑为小数点或单位错误，请核对");
        Assert.Contains(plan.Warnings, w => w.Line == insured + 1 && w.Message == "“失业保险参保人数”的基期值“-182.8”不可能：数量不能为负，请核对");
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void The_unmutated_seeds_raise_none_of_these_warnings(string file)
    {
        var warnings = Seeds.Plan(file).Warnings.Select(w => w.Message).ToList();

        Assert.DoesNotContain(warnings, m => m.Contains("序号", StringComparison.Ordinal) || m.Contains("重复", StringComparison.Ordinal) || m.Contains("不可能", StringComparison.Ordinal)
            || m.Contains("千倍", StringComparison.Ordinal) || m.Contains("中断", StringComparison.Ordinal) || m.Contains("结束", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_that_never_ends_is_cut_into_pieces_with_a_warning()
    {
        // a PDF dump without any sentence end: it used to be joined into one ever-growing string (quadratic)
        var text = "株洲市“十四五”人力资源和社会保障事业发展规划\n第一章 发展基础\n" + string.Concat(Enumerable.Repeat("这是一行没有句末标点的文字内容\n", 5000));

        var plan = PlanParser.Parse(text);

        Assert.All(plan.Chapters.Single().Paragraphs, p => Assert.True(p.Length <= 20_100));
        Assert.Contains(plan.Warnings, w => w.Line == 3 && w.Message.Contains("段落过长", StringComparison.Ordinal));
    }

    private static (List<string> Lines, int Row) Changsha(string start)
    {
        var lines = Seeds.Text(Seeds.Changsha).Split('\n').ToList();
        // the main-indicator table, after the 十三五 table that also starts with "1.城镇新增就业人数"
        var header = lines.FindIndex(l => l.Contains('\t', StringComparison.Ordinal) && l.Contains("2025年", StringComparison.Ordinal));
        var row = lines.FindIndex(header, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(row > 0, start);
        return (lines, row);
    }

    private static ParsedPlan Parse(List<string> lines) => PlanParser.Parse(string.Join('\n', lines));
}
