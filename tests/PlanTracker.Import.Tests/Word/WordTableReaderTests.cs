using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Parsing;
using PlanTracker.Import.Word;
using static PlanTracker.Import.Tests.Word.ReadElements;
using static PlanTracker.Import.Tests.Word.WordDocx;

namespace PlanTracker.Import.Tests.Word;

/// <summary>What the Word reader makes of a table's cells: expected rows are what the test wrote into the .docx.</summary>
public class WordTableReaderTests
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
}
