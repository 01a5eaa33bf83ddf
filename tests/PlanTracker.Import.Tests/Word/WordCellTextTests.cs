using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Parsing;
using PlanTracker.Import.Word;
using static PlanTracker.Import.Tests.Word.ReadElements;
using static PlanTracker.Import.Tests.Word.WordDocx;

namespace PlanTracker.Import.Tests.Word;

/// <summary>What the Word reader makes of cell contents (paragraphs, nested tables, content controls, revisions) and its bounds.</summary>
public class WordCellTextTests
{
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
}
