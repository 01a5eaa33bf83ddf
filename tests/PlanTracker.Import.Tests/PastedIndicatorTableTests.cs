using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PlanTracker.Import.Model;
using PlanTracker.Import.Parsing;
using PlanTracker.Import.Tests.GoldenValues;
using PlanTracker.Import.Tests.Variants;

namespace PlanTracker.Import.Tests;

/// <summary>
/// Clipboard text of a main-indicator table, written from a seed's golden rows as Excel, Word/WPS and a retyped
/// table would copy it (the years of the header may be chosen).
/// </summary>
internal static class ClipboardTables
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>Excel: CRLF, categories as merged rows (the text and empty cells), a 序号 column, the longest name in a quoted two-line cell.</summary>
    public static string ExcelTsv(GoldenPlan golden, string baseline = "2020年", string target = "2025年")
    {
        var header = Header(golden, ["序号", "指标", "单位"], baseline, target);
        var longest = golden.Indicators.MaxBy(r => r.Name.Length)!;
        var lines = new List<string> { string.Join("\t", header) };
        foreach (var (row, category) in WithCategoryStarts(golden))
        {
            if (category is not null)
            {
                lines.Add(string.Join("\t", new[] { category }.Concat(Enumerable.Repeat(string.Empty, header.Count - 1))));
            }

            var name = NameOf(row);
            if (row == longest)
            {
                var cut = name.Length / 2;
                name = "\"" + name[..cut] + "\n" + name[cut..] + "\"";
            }

            lines.Add(string.Join("\t", new[] { Number(row), name, row.Unit ?? string.Empty }.Concat(Values(golden, row))));
        }

        lines.Add(golden.Metadata.Footnote);
        return string.Join("\r\n", lines) + "\r\n";
    }

    /// <summary>Word/WPS: LF, separate 类别 and 序号 columns, the category on its group's first row only, rows ending in a tab.</summary>
    public static string WordCopy(GoldenPlan golden, string baseline = "2020年", string target = "2025年", string pad = "")
    {
        var header = Header(golden, ["类别", "序号", "指标名称", "单位"], baseline, target);
        var lines = new List<string> { string.Join("\t", header) };
        foreach (var (row, category) in WithCategoryStarts(golden))
        {
            var cells = new[] { category ?? string.Empty, Number(row), NameOf(row), row.Unit ?? string.Empty }.Concat(Values(golden, row));
            lines.Add(string.Join("\t", cells.Select(c => c.Length == 0 ? c : pad + c + pad)) + "\t");
        }

        return string.Join("\n", lines);
    }

    /// <summary>Retyped: no 单位 or 序号 column, "1." (or "2、") before the name, the unit in the name's brackets, categories as lines without tabs.</summary>
    public static string UnitsInNames(GoldenPlan golden, string baseline = "2020年", string target = "2025年")
    {
        var header = Header(golden, ["指标"], baseline, target);
        var lines = new List<string> { string.Join("\t", header) };
        foreach (var (row, category) in WithCategoryStarts(golden))
        {
            if (category is not null)
            {
                lines.Add(category);
            }

            var separator = row.Number % 2 == 0 ? "、" : ".";
            var name = row.Number.ToString(CultureInfo.InvariantCulture) + separator + NameOf(row) + (row.Unit is null ? string.Empty : $"（{row.Unit}）");
            lines.Add(string.Join("\t", new[] { name }.Concat(Values(golden, row))));
        }

        return string.Join("\r\n", lines);
    }

    /// <summary>The header cells: the leading ones, 十三五目标 where the plan prints it, baseline, target, 属性.</summary>
    public static List<string> Header(GoldenPlan golden, IEnumerable<string> leading, string baseline, string target) =>
        [.. leading, .. HasThirteenth(golden) ? new[] { "十三五目标" } : [], baseline, target, "属性"];

    public static IEnumerable<string> Values(GoldenPlan golden, GoldenIndicator row) =>
        [.. HasThirteenth(golden) ? new[] { row.ThirteenthTarget ?? string.Empty } : [], row.Baseline.Text, row.Target.Text, row.Attribute];

    public static string NameOf(GoldenIndicator row) => (row.Parent is null ? string.Empty : "其中：") + row.Name;

    private static string Number(GoldenIndicator row) => row.Number.ToString(CultureInfo.InvariantCulture);

    private static bool HasThirteenth(GoldenPlan golden) => golden.Indicators.Any(r => r.ThirteenthTarget is not null);

    /// <summary>Each row with "一、就业" when it starts its category's group.</summary>
    private static IEnumerable<(GoldenIndicator Row, string? Category)> WithCategoryStarts(GoldenPlan golden)
    {
        string? current = null;
        var groups = 0;
        foreach (var row in golden.Indicators)
        {
            string? start = null;
            if (row.Category != current)
            {
                current = row.Category;
                start = Numerals[groups++] + "、" + row.Category;
            }

            yield return (row, start);
        }
    }
}

public partial class PastedIndicatorTableTests
{
    public static TheoryData<string, string> SeedsAndShapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.All)
        {
            foreach (var shape in Shapes.Keys)
            {
                data.Add(seed, shape);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Func<GoldenPlan, string>> Shapes = new()
    {
        ["excel-tsv"] = g => ClipboardTables.ExcelTsv(g),
        ["word-category-column"] = g => ClipboardTables.WordCopy(g),
        ["units-in-names"] = g => ClipboardTables.UnitsInNames(g),
        ["word-nbsp-and-ideographic-spaces"] = g => ClipboardTables.WordCopy(g, pad: "\u00A0\u3000 "),
    };

    private static ParsedPlan Plan(PastedTableResult result) => new() { Indicators = result.Indicators };

    [Theory]
    [MemberData(nameof(SeedsAndShapes))]
    public void Every_clipboard_shape_of_every_seed_scores_full_on_the_golden_main_table(string seed, string shape)
    {
        var golden = SeedGolden.For(seed);
        var result = PastedIndicatorTable.Parse(Shapes[shape](golden.Expected));

        Assert.Null(result.Error);
        golden.MainIndicators(Plan(result));
        Assert.Equal(2020, result.BaselineYear);
        Assert.Equal(2025, result.TargetYear);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("未使用", StringComparison.Ordinal) || w.Message.Contains("已知列", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void The_footnote_pasted_with_the_table_is_its_footnote_not_a_row(string seed)
    {
        var golden = SeedGolden.For(seed).Expected;
        var result = PastedIndicatorTable.Parse(ClipboardTables.ExcelTsv(golden));

        Assert.Equal(golden.Metadata.Footnote, result.IndicatorFootnote);
        Assert.Equal(golden.Indicators.Count, result.Indicators.Count);
    }

    [Fact]
    public void A_quoted_excel_cell_keeps_its_line_break_tab_and_doubled_quotes_in_one_cell()
    {
        var text = "序号\t指标\t单位\t2020年\t2025年\t属性\r\n"
            + "1\t\"城镇\"\"新增\"\"\r\n就业\t人数\"\t万人\t[71.42]\t[75]\t预期性\r\n"
            + "2\t城镇调查失业率\t%\t5.5\t<5.5\t预期性\r\n"
            + "3\t\"\"\"智慧人社\"\"服务\"\t万人\t1\t2\t预期性\r\n"
            + "4\t\t万人\t3\t4\t预期性\r\n";
        var result = PastedIndicatorTable.Parse(text);

        Assert.Null(result.Error);
        Assert.Equal(["城镇\"新增\"就业人数", "城镇调查失业率", "\"智慧人社\"服务", string.Empty], result.Indicators.Select(i => i.Name));
        Assert.Equal(("[71.42]", "[75]"), (result.Indicators[0].Baseline.Text, result.Indicators[0].Target.Text));

        // the row after the two-line cell is pasted line 4: the row without a name, pasted line 6, is warned about there
        Assert.Contains(result.Warnings, w => w.Line == 6 && w.Message.Contains("没有名称", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_inside_a_word_cell_is_text()
    {
        var text = "指标\t2020年\t2025年\n1.\"智慧人社\"覆盖率（%）\t60\t80\n2.\"十四五\t10\t20\n";
        var result = PastedIndicatorTable.Parse(text);

        Assert.Null(result.Error);
        Assert.Equal(["\"智慧人社\"覆盖率", "\"十四五"], result.Indicators.Select(i => i.Name));
        Assert.Equal("%", result.Indicators[0].Unit);
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void A_fifteenth_plan_header_gives_2025_and_2030(string seed)
    {
        var golden = SeedGolden.For(seed);
        foreach (var text in new[]
        {
            ClipboardTables.ExcelTsv(golden.Expected, "2025年", "2030年"),
            ClipboardTables.WordCopy(golden.Expected, "2025年基期值", "2030年目标值"),
            ClipboardTables.UnitsInNames(golden.Expected, "2025", "2030"),
        })
        {
            var result = PastedIndicatorTable.Parse(text);
            Assert.Null(result.Error);
            Assert.Equal(2025, result.BaselineYear);
            Assert.Equal(2030, result.TargetYear);
            golden.MainIndicators(Plan(result));
        }
    }

    [Fact]
    public void A_header_without_years_gives_no_years()
    {
        var golden = SeedGolden.For(Seeds.Changsha);
        var result = PastedIndicatorTable.Parse(ClipboardTables.WordCopy(golden.Expected, "基期值", "目标值"));

        Assert.Null(result.Error);
        Assert.Null(result.BaselineYear);
        Assert.Null(result.TargetYear);
        golden.MainIndicators(Plan(result));
    }

    [Theory]
    [InlineData("序号\t指标\t单位\t2020年\t2025年\t属性\n\t\t\t基期值\t目标值\t", 2020, 2025)]
    [InlineData("序号\t指标\t单位\t规划目标\t\t属性\n\t\t\t2020年\t2025年\t", 2020, 2025)]
    [InlineData("序号\t指标\t单位\t指标值\t\t属性\n\t\t\t（基期）\t（目标）\t", null, null)]
    public void A_header_over_two_rows_reads_as_one(string header, int? baselineYear, int? targetYear)
    {
        var golden = SeedGolden.For(Seeds.Xiangxi);
        var excel = ClipboardTables.ExcelTsv(golden.Expected);
        var body = excel[(excel.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
        var result = PastedIndicatorTable.Parse(header.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n" + body);

        Assert.Null(result.Error);
        Assert.Equal(baselineYear, result.BaselineYear);
        Assert.Equal(targetYear, result.TargetYear);
        golden.MainIndicators(Plan(result));
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void A_seeds_own_table_pasted_reads_as_the_document_parser_reads_it(string seed)
    {
        var table = SeedBlocks.Read(Seeds.Text(seed)).OfType<TableBlock>().First(t => t.Kind == TableKind.MainIndicators);
        var result = PastedIndicatorTable.Parse(string.Join("\r\n", TableRenderers.Tabs(table)));

        Assert.Null(result.Error);
        Assert.Equal(Json(Seeds.Plan(seed).Indicators), Json(result.Indicators));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \r\n\t \u3000\u00A0\n\n")]
    public void Empty_or_blank_text_is_refused(string? text)
    {
        var result = PastedIndicatorTable.Parse(text);

        AssertRefused(result);
        Assert.Equal(PastedIndicatorTable.EmptyError, result.Error);
    }

    [Fact]
    public void Too_long_text_is_refused_without_parsing()
    {
        var table = ClipboardTables.ExcelTsv(ChangshaGolden.City.Expected);
        var text = table + new string(' ', PastedIndicatorTable.MaxChars - table.Length + 1);

        var result = PastedIndicatorTable.Parse(text);

        AssertRefused(result);
        Assert.Contains("过长", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
        Assert.Null(PastedIndicatorTable.Parse(text[..PastedIndicatorTable.MaxChars]).Error);
    }

    [Theory]
    [InlineData("城镇新增就业人数 71.42 75\n城镇调查失业率 5.5 5.5")]
    [InlineData("1\t城镇新增就业人数\t万人\t[71.42]\t[75]\t预期性\n2\t城镇调查失业率\t%\t5.5\t<5.5\t预期性")]
    [InlineData("序号\t指标\t单位\t属性\n1\t城镇新增就业人数\t万人\t预期性")]
    [InlineData("序号\t指标\t单位\t十三五规划目标\t2020年完成数\n1\t城镇新增就业人数\t万人\t[60]\t[71.42]")]
    public void Text_without_a_main_table_header_is_refused(string text)
    {
        var result = PastedIndicatorTable.Parse(text);

        AssertRefused(result);
        Assert.StartsWith(PastedIndicatorTable.NoHeaderError, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_names_no_baseline_and_target_is_named_in_the_refusal()
    {
        var result = PastedIndicatorTable.Parse("说明\n序号\t指标\t单位\t属性\n1\t城镇新增就业人数\t万人\t预期性");

        Assert.Contains("第2行像是表头，但认不出基期列和目标列", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("序号\t指标\t单位\t2020年\t2025年\t属性\r\n")]
    [InlineData("指标\t2020年\t2025年\n\n注：[]内为5年累计数")]
    [InlineData("序号\t指标\t单位\t2020年\t2025年\t属性\n一、就业\n")]
    public void A_header_without_rows_is_refused(string text)
    {
        var result = PastedIndicatorTable.Parse(text);

        AssertRefused(result);
        Assert.StartsWith("粘贴的内容只有表头（第1行）", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_footnote_line_is_the_footnote_and_what_follows_it_is_warned_about()
    {
        var text = "专栏2 “十四五”规划发展主要指标\n指标\t2020年\t2025年\t属性\n1.城镇新增就业人数（万人）\t[71.42]\t[75]\t预期性\n注：[]内为5年累计数\n资料来源：市人社局";
        var result = PastedIndicatorTable.Parse(text);

        Assert.Null(result.Error);
        Assert.Equal("注：[]内为5年累计数", result.IndicatorFootnote);
        var row = Assert.Single(result.Indicators);
        Assert.Equal("城镇新增就业人数", row.Name);
        Assert.Contains(result.Warnings, w => w.Line == 1 && w.Message.Contains("第1行在表头之前，未使用", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Line == 5 && w.Message.Contains("资料来源", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_that_ends_the_table_and_the_rows_after_it_are_warned_about_with_their_lines()
    {
        var text = "指标\t2020年\t2025年\n1.城镇新增就业人数（万人）\t[71.42]\t[75]\n这一行是一段说明文字，不是表格行\n2.城镇调查失业率（%）\t5.5\t<5.5";
        var result = PastedIndicatorTable.Parse(text);

        Assert.Single(result.Indicators);
        Assert.Contains(result.Warnings, w => w.Line == 3 && w.Message.Contains("表格在此结束", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Line == 4 && w.Message.Contains("未使用", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unmappable_header_cell_is_named_in_a_warning()
    {
        var text = "序号\t指标\t单位\t2020年\t2025年\t属性\t备注X\n1\t城镇新增就业人数\t万人\t[71.42]\t[75]\t预期性\t含农村\n";
        var result = PastedIndicatorTable.Parse(text);

        Assert.Null(result.Error);
        Assert.Single(result.Indicators);
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("“备注X”", StringComparison.Ordinal));
        Assert.Equal(1, warning.Line);
        Assert.Contains("第7列", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cumulative_comparator_and_full_width_values_are_read_as_in_a_document()
    {
        var text = "指标\t单位\t2020年\t2025年\n1.城镇新增就业人数\t万人\t[60]\t〔60〕\n2.参保率\t%\t≥96\t>96\n3.失业率\t%\t＜5.5\t—\n4.新指标\t%\t\t5\n";
        var rows = PastedIndicatorTable.Parse(text).Indicators;

        Assert.Equal([true, false, false, false], rows.Select(r => r.Cumulative));
        Assert.Equal([">=", "<", null], rows.Skip(1).Select(r => r.Baseline.Comparator));
        Assert.Equal(5.5m, rows[2].Baseline.Value);
        Assert.Equal("—", rows[2].Target.Text);
        Assert.Equal(string.Empty, rows[3].Baseline.Text);
    }

    [Fact]
    public void Hostile_pastes_never_throw()
    {
        var random = new Random(12);
        var basis = ClipboardTables.ExcelTsv(EzhouGolden.City.Expected) + ClipboardTables.UnitsInNames(ZhuzhouGolden.Markdown.Expected);
        const string noise = "\"\t\r\n\0\u00A0\u3000[]〔〕其中：一、注：2020年指标";
        for (var i = 0; i < 300; i++)
        {
            var chars = basis.ToCharArray().ToList();
            for (var edit = 0; edit < 1 + (i % 40); edit++)
            {
                var at = random.Next(chars.Count);
                if (random.Next(2) == 0)
                {
                    chars.RemoveAt(at);
                }
                else
                {
                    chars.Insert(at, noise[random.Next(noise.Length)]);
                }
            }

            var result = PastedIndicatorTable.Parse(new string([.. chars]));
            Assert.True(result.Error is not null || result.Indicators.Count > 0);
        }

        foreach (var text in new[] { "\"", "\"\"\"", "\"a\nb", new string('\t', 100_000), "指标\t2020年\t2025年\n" + new string('x', 50_000), new string('"', 5000) + "\t\n" })
        {
            _ = PastedIndicatorTable.Parse(text);
        }
    }

    private static void AssertRefused(PastedTableResult result)
    {
        Assert.NotNull(result.Error);
        Assert.Matches(Chinese(), result.Error);
        Assert.Empty(result.Indicators);
    }

    private static string Json(IReadOnlyList<ParsedIndicator> indicators) => JsonSerializer.Serialize(indicators);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
