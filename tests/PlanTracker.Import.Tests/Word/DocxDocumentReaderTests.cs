using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Parsing;
using PlanTracker.Import.Word;
using static PlanTracker.Import.Tests.Word.WordDocx;

namespace PlanTracker.Import.Tests.Word;

/// <summary>What the Word reader makes of a table's cells: expected rows are what the test wrote into the .docx.</summary>
public class DocxDocumentReaderTests
{
    [Fact]
    public void Paragraphs_and_rows_become_elements_whose_lines_are_the_flattened_text()
    {
        var docx = Document(
            Paragraph("专栏2 “十四五”规划发展主要指标"),
            Table(3, Row(["指标", "2025年", "属性"]), Row(["1.城镇新增就业人数", "[75]", "预期性"])),
            Paragraph(string.Empty),
            Paragraph("注：[]内为5年累计数"));

        var read = DocxDocumentReader.Read(docx);

        Assert.True(read.Success, read.Error);
        Assert.Equal("docx", read.Encoding);
        Assert.Equal("专栏2 “十四五”规划发展主要指标\n指标\t2025年\t属性\n1.城镇新增就业人数\t[75]\t预期性\n\n注：[]内为5年累计数\n", read.Text);
        Assert.Equal(
            Expect(
                new TextElement(1, "专栏2 “十四五”规划发展主要指标"),
                Cells(2, "指标", "2025年", "属性"),
                Cells(3, "1.城镇新增就业人数", "[75]", "预期性"),
                new BlankElement(4),
                new TextElement(5, "注：[]内为5年累计数")),
            Elements(read));
        Assert.Equal("docx", read.Document!.Layout);
        Assert.Equal(read.Text.TrimEnd('\n').Split('\n'), read.Document.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_spanned_cell_fills_its_grid_columns_and_a_full_width_category_row_has_the_grids_width()
    {
        var docx = Document(Table(
            4,
            Row(Cell("指标"), Cell("2020年"), Cell("2025年"), Cell("属性")),
            Row(Cell("一、就业", span: 4)),
            Row(Cell("1.城镇新增就业人数"), Cell("[71.42]"), Cell("[75]", span: 2))));

        Assert.Equal(
            Expect(Cells(1, "指标", "2020年", "2025年", "属性"), Cells(2, "一、就业", "", "", ""), Cells(3, "1.城镇新增就业人数", "[71.42]", "[75]", "")),
            Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void A_vertically_merged_cell_gives_its_text_on_the_first_row_only()
    {
        var docx = Document(Table(
            4,
            Row(["类别", "序号", "指标", "2025年"]),
            Row(Cell("就业", vMerge: MergedCellValues.Restart), Cell("1"), Cell("城镇新增就业人数"), Cell("[75]")),
            Row(Continued(), Cell("2"), Cell("城镇调查失业率"), Cell("<5.5")),
            Row(Cell("社会保障"), Cell("3"), Cell("失业保险参保人数"), Cell("212.7"))));

        Assert.Equal(
            Expect(Cells(1, "类别", "序号", "指标", "2025年"), Cells(2, "就业", "1", "城镇新增就业人数", "[75]"), Cells(3, "", "2", "城镇调查失业率", "<5.5"), Cells(4, "社会保障", "3", "失业保险参保人数", "212.7")),
            Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void Grid_before_and_after_are_empty_leading_and_trailing_cells()
    {
        var docx = Document(Table(
            4,
            Row(["其中", "指标", "2025年", "属性"]),
            Row(gridBefore: 1, gridAfter: 0, Cell("10、专业技术人才总量"), Cell("31.1"), Cell("预期性")),
            Row(gridBefore: 0, gridAfter: 2, Cell("注"), Cell("见上"))));

        Assert.Equal(
            Expect(Cells(1, "其中", "指标", "2025年", "属性"), Cells(2, "", "10、专业技术人才总量", "31.1", "预期性"), Cells(3, "注", "见上", "", "")),
            Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_keeps_them_and_the_grid_widens_to_it()
    {
        // a grid that says 3 columns (as generated files sometimes do) and a row of 4 cells
        var docx = Document(Table(3, Row(["指标", "2025年", "属性"]), Row(["其中", "10、专业技术人才总量", "33", "预期性"]), Row(["1.城镇新增就业人数", "[75]"])));

        Assert.Equal(
            Expect(Cells(1, "指标", "2025年", "属性", ""), Cells(2, "其中", "10、专业技术人才总量", "33", "预期性"), Cells(3, "1.城镇新增就业人数", "[75]", "", "")),
            Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void A_header_over_two_rows_becomes_one_header_row_with_the_group_in_front_of_its_sub_headers()
    {
        var docx = Document(Table(
            5,
            Row(Cell("专栏2 “十四五”规划发展主要指标", span: 5)),
            Row(Cell("指标", vMerge: MergedCellValues.Restart), Cell("单位", vMerge: MergedCellValues.Restart), Cell("规划目标", span: 2), Cell("属性", vMerge: MergedCellValues.Restart)),
            Row(Continued(), Continued(), Cell("2020年"), Cell("2025年"), Continued()),
            Row(["1.城镇新增就业人数", "万人", "[71.42]", "[75]", "预期性"])));

        Assert.Equal(
            Expect(
                Cells(1, "专栏2 “十四五”规划发展主要指标", "", "", "", ""),
                Cells(2, "指标", "单位", "规划目标 2020年", "规划目标 2025年", "属性"),
                Cells(3, "1.城镇新增就业人数", "万人", "[71.42]", "[75]", "预期性")),
            Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void Merged_cells_in_the_first_data_rows_are_not_taken_for_a_two_row_header()
    {
        var docx = Document(Table(
            4,
            Row(Cell("指标", span: 2), Cell("2025年"), Cell("属性")),
            Row(Cell("其中", vMerge: MergedCellValues.Restart), Cell("5.农民工参加职业培训人次"), Cell("[10]"), Cell("预期性")),
            Row(Continued(), Cell("6.高级职称人才数量"), Cell("4.2"), Cell("预期性"))));

        Assert.Equal(
            Expect(Cells(1, "指标", "", "2025年", "属性"), Cells(2, "其中", "5.农民工参加职业培训人次", "[10]", "预期性"), Cells(3, "", "6.高级职称人才数量", "4.2", "预期性")),
            Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void A_nested_table_is_read_as_its_cells_text_and_a_cells_paragraphs_are_joined_with_a_space()
    {
        var nested = Table(2, Row(["上级投资", "10"]), Row(["地方自筹", "5"]));
        var docx = Document(Table(
            2,
            Row(["项目名称", "资金来源"]),
            Row(new TableCell(Paragraph("湘西州创新创业"), Paragraph(string.Empty), Paragraph("孵化基地建设")), new TableCell(nested, Paragraph("合计15")))));

        Assert.Equal(Expect(Cells(1, "项目名称", "资金来源"), Cells(2, "湘西州创新创业 孵化基地建设", "上级投资 10 地方自筹 5 合计15")), Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void Tables_nested_deeper_than_the_bound_are_read_as_flat_text()
    {
        var cell = new TableCell(Paragraph("专栏1"));
        for (var i = 0; i < WordTableReader.MaxNesting + 4; i++)
        {
            cell = new TableCell(new Table(new TableRow(cell, new TableCell(Paragraph($"第{i}层")))));
        }

        var read = DocxDocumentReader.Read(Document(new Table(new TableRow(cell))));

        Assert.Equal(Expect(Cells(1, "专栏1 第0层 第1层 第2层 第3层 第4层 第5层 第6层 第7层 第8层 第9层 第10层 第11层")), Elements(read));
    }

    [Fact]
    public void Content_controls_and_insertions_are_read_deletions_are_not_and_tabs_and_breaks_are_spaces()
    {
        var paragraph = new Paragraph(
            new Run(new Text("城镇"), new TabChar(), new Text("新增")),
            new InsertedRun(new Run(new Text("就业"))) { Author = "审核", Id = "1" },
            new DeletedRun(new Run(new DeletedText("失业"))) { Author = "审核", Id = "2" },
            new SdtRun(new SdtProperties(), new SdtContentRun(new Run(new Break(), new Text("人数")))));
        var controlledRow = new SdtRow(new SdtProperties(), new SdtContentRow(new TableRow(Cell("1"), new SdtCell(new SdtProperties(), new SdtContentCell(Cell("[75]"))))));
        var docx = Document(
            new SdtBlock(new SdtProperties(), new SdtContentBlock(paragraph)),
            Table(2, Row(["序号", "2025年"]), controlledRow, new TableRow(new TableRowProperties(new Deleted { Author = "审核", Id = "3" }), Cell("删"), Cell("除"))));

        Assert.Equal(Expect(new TextElement(1, "城镇 新增就业 人数"), Cells(2, "序号", "2025年"), Cells(3, "1", "[75]")), Elements(DocxDocumentReader.Read(docx)));
    }

    [Fact]
    public void Spans_and_padding_are_bounded_in_width_and_in_all()
    {
        // 20,000 one-cell rows on a 64-column grid (a few KB zipped) would be 1.28 million cells padded
        var rows = Enumerable.Range(0, 20_000).Select(i => Row(Cell($"{i}")));
        var wide = Row(Cell("x", span: 1_000_000));
        var docx = Document(Table(64, rows), Table(1, wide));

        var cells = DocxDocumentReader.Read(docx).Document!.Elements.OfType<RowElement>().ToList();

        Assert.True(cells.Sum(r => r.Cells.Count) <= 20_001 + CellBudget.Default, $"{cells.Sum(r => r.Cells.Count)} cells");
        Assert.Equal(WordTableReader.MaxColumns, cells[0].Cells.Count);
        Assert.Equal(20_001, cells.Count);
        Assert.True(cells[^1].Cells.Count <= WordTableReader.MaxColumns, $"{cells[^1].Cells.Count} columns from one spanned cell");
    }

    [Fact]
    public void A_document_without_text_is_refused_as_empty()
    {
        var read = DocxDocumentReader.Read(Document(Paragraph(string.Empty), Table(2, Row(["", ""]))));

        Assert.False(read.Success);
        Assert.Equal(PlanTextReader.EmptyError, read.Error);
    }

    private static object Cells(int line, params string[] cells) => (line, string.Join("|", cells));

    private static List<object> Expect(params object[] elements) => [.. elements];

    /// <summary>Elements compared by value (a row's cells as a list).</summary>
    private static List<object> Elements(PlanTextReadResult read)
    {
        Assert.True(read.Success, read.Error);
        return read.Document!.Elements.Select(e => e is RowElement r ? (object)(r.Line, string.Join("|", r.Cells)) : e).ToList();
    }
}
