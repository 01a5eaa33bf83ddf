using System.Text.RegularExpressions;
using PlanTracker.Import.Parsing;
using UglyToad.PdfPig;

using PlanTracker.Import.Tests.GoldenValues;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>
/// 长沙's plan printed with a running header (CSS @page margin boxes: the issuer left, "内部资料" right) and a page
/// number footer ("— 3 —") on every page, and its main table forced over a page break between the category 二、社会保障 and row 6 (its header
/// repeated on the next page).
/// </summary>
public class PdfPageFurnitureTests
{
    private const string Furniture = """
        .t1 tr.r7 { break-before: page; }
        @page {
          @top-left { content: "长沙市人力资源和社会保障局"; font-size: 9pt; }
          @top-right { content: "内部资料"; font-size: 9pt; }
          @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; }
        }
        """;

    private static readonly Lazy<byte[]> Printed = new(() => ChromiumPrinter.Print(SeedHtml.Render(SeedTables.Blocks(Seeds.Text(Seeds.Changsha)), Furniture)));

    [Fact]
    public void The_printed_pages_carry_the_furniture_and_the_table_is_split()
    {
        using var document = PdfDocument.Open(Printed.Value);
        var pages = document.GetPages().Select(p => Golden.Compact(p.Text.Normalize(System.Text.NormalizationForm.FormKC))).ToList();
        Assert.All(pages.Select((p, i) => (p, i)), p => Assert.Contains($"—{p.i + 1}—", p.p, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("内部资料", p, StringComparison.Ordinal));
        var header = pages.FindIndex(p => p.Contains("专栏2", StringComparison.Ordinal));
        Assert.Contains("二、社会保障", pages[header], StringComparison.Ordinal);
        Assert.DoesNotContain("6.基本养老", pages[header], StringComparison.Ordinal);
        Assert.Contains("6.基本养老", pages[header + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_split_over_a_page_break_is_one_table()
    {
        var read = PlanDocumentReader.Read("长沙.pdf", Printed.Value);
        Assert.True(read.Success, read.Error);
        var plan = PlanParser.Parse(read);
        SeedGolden.For(Seeds.Changsha).MainIndicators(plan);
        Assert.Equal(13, plan.Indicators.Count);
        Assert.Empty(plan.Warnings);

        // the header row once, then only rows up to the last indicator: nothing between the parts
        var elements = read.Document!.Elements;
        var start = elements.ToList().FindIndex(e => e is RowElement row && TableLayout.TryRecognise(row.Cells)?.Kind == TableKind.MainIndicators);
        var end = elements.ToList().FindLastIndex(e => e is RowElement row && row.Cells[0].StartsWith("13.", StringComparison.Ordinal));
        Assert.All(elements.Skip(start).Take(end - start + 1), e => Assert.IsType<RowElement>(e));
        Assert.Single(elements, e => e is RowElement row && row.Cells.Count > 0 && Golden.Compact(row.Cells[0]) == "指标" && row.Cells.Any(c => c.Contains("2025", StringComparison.Ordinal)));
    }

    [Fact]
    public void Page_numbers_and_running_headers_never_reach_the_text()
    {
        var read = PlanDocumentReader.Read("长沙.pdf", Printed.Value);
        Assert.True(read.Success, read.Error);
        Assert.DoesNotContain(read.Document!.Lines, l => l.Text.Contains("内部资料", StringComparison.Ordinal) || Regex.IsMatch(l.Text, @"^—\s*\d+\s*—$"));
        Assert.DoesNotContain(read.Document.Lines, l => l.Text.Contains("长沙市人力资源和社会保障局", StringComparison.Ordinal) && l.Text.Length < 20);
        Assert.Equal(PlanParser.Parse(Seeds.Text(Seeds.Changsha)).Title, PlanParser.Parse(read).Title);
    }
}
