using PlanTracker.Import.Model;
using PlanTracker.Import.Tests.GoldenValues;
using static PlanTracker.Import.Tests.Golden;

namespace PlanTracker.Import.Tests;

/// <summary>
/// 000 (PDF text dump) and 003 (Markdown with the issuing notice) are the same 株洲市 plan. Every expectation below is
/// checked against both; printed texts are compared exactly for 003 and without spaces for 000 ("[ 1 ]" vs "[1]").
/// </summary>
public class ZhuzhouGoldenTests
{
    private static readonly ParsedPlan Pdf = Seeds.Plan(Seeds.ZhuzhouPdf);
    private static readonly ParsedPlan Markdown = Seeds.Plan(Seeds.ZhuzhouMarkdown);
    private static readonly ParsedPlan[] Both = [Pdf, Markdown];

    public static TheoryData<int> IndicatorNumbers => ZhuzhouGolden.Markdown.IndicatorNumbers();

    public static TheoryData<int> PreviousNumbers => ZhuzhouGolden.Markdown.PreviousNumbers();

    [Fact]
    public void Metadata()
    {
        Assert.Equal("pdf-text", Pdf.Layout);
        Assert.Equal("markdown", Markdown.Layout);
        ZhuzhouGolden.Pdf.Metadata(Pdf);
        ZhuzhouGolden.Markdown.Metadata(Markdown);
    }

    [Theory]
    [MemberData(nameof(IndicatorNumbers))]
    public void MainIndicator(int number)
    {
        ZhuzhouGolden.Pdf.MainIndicator(Pdf, number);
        ZhuzhouGolden.Markdown.MainIndicator(Markdown, number);
    }

    [Fact]
    public void MainIndicators()
    {
        ZhuzhouGolden.Pdf.MainIndicators(Pdf);
        ZhuzhouGolden.Markdown.MainIndicators(Markdown);
    }

    [Theory]
    [MemberData(nameof(PreviousNumbers))]
    public void ThirteenthPlanResult(int number)
    {
        ZhuzhouGolden.Pdf.PreviousResult(Pdf, number);
        ZhuzhouGolden.Markdown.PreviousResult(Markdown, number);
    }

    [Fact]
    public void ThirteenthPlanTable()
    {
        ZhuzhouGolden.Pdf.PreviousPeriod(Pdf);
        ZhuzhouGolden.Markdown.PreviousPeriod(Markdown);
    }

    [Fact]
    public void PdfKeepsFullWidthComparatorTextButAgreesOnValue()
    {
        var row = Previous(Pdf, 6);
        Assert.Equal("＞95", row.Planned.Text);
        Assert.Equal(">", row.Planned.Comparator);
    }

    [Fact]
    public void Chapters()
    {
        ZhuzhouGolden.Pdf.Chapters(Pdf);
        ZhuzhouGolden.Markdown.Chapters(Markdown);
    }

    [Fact]
    public void SpecialColumns()
    {
        ZhuzhouGolden.Pdf.SpecialColumns(Pdf);
        ZhuzhouGolden.Markdown.SpecialColumns(Markdown);
    }

    [Fact]
    public void NoProjects()
    {
        ZhuzhouGolden.Pdf.Projects(Pdf);
        ZhuzhouGolden.Markdown.Projects(Markdown);
    }

    [Fact]
    public void DisplacedItemsKeepTheirTextAndAreReported()
    {
        var decent = Pdf.SpecialColumns.Single(c => c.Number == 6).Items[1];
        Assert.StartsWith("针对农民工劳动保障权益的短板", decent.Text, StringComparison.Ordinal);
        Assert.EndsWith("的劳动保障权益。", decent.Text, StringComparison.Ordinal);
        Assert.Contains(Pdf.Warnings, w => w.Line == 1242);
        var body = Pdf.Chapters[4].Sections[5].Paragraphs;
        Assert.Contains(body, p => p.StartsWith("人社“全业务用卡”", StringComparison.Ordinal));
    }

    [Fact]
    public void PageFootersAreDropped() =>
        Assert.DoesNotContain(Pdf.Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Paragraphs), p => p.Contains("— 32—", StringComparison.Ordinal));

    [Fact]
    public void BothTextsImportAsTheSamePlan()
    {
        Assert.Equal(Markdown.Region, Pdf.Region);
        Assert.Equal(Markdown.Title, Pdf.Title);
        Assert.Equal(Markdown.Chapters.Select(c => (c.Number, c.Title)), Pdf.Chapters.Select(c => (c.Number, c.Title)));
        Assert.Equal(
            Markdown.Chapters.SelectMany(c => c.Sections.Select(s => (c.Number, s.Number, s.Title))),
            Pdf.Chapters.SelectMany(c => c.Sections.Select(s => (c.Number, s.Number, s.Title))));
        Assert.Equal(Key(Markdown.Indicators), Key(Pdf.Indicators));
        Assert.Equal(
            Markdown.PreviousPeriod.Select(p => (p.Number, p.Name, p.Unit, p.Planned.Value, p.Planned.Comparator, p.Actual.Value, p.Actual.Comparator, p.ParentNumber)),
            Pdf.PreviousPeriod.Select(p => (p.Number, p.Name, p.Unit, p.Planned.Value, p.Planned.Comparator, p.Actual.Value, p.Actual.Comparator, p.ParentNumber)));
        Assert.Equal(
            Markdown.SpecialColumns.Select(c => (c.Number, c.Kind, string.Join(";", c.Items.Select(i => i.Title)))),
            Pdf.SpecialColumns.Select(c => (c.Number, c.Kind, string.Join(";", c.Items.Select(i => i.Title)))));
    }

    private static List<string> Key(IEnumerable<ParsedIndicator> rows) =>
        rows.Select(i => string.Join("|", i.Category, i.Number, i.Name, i.Unit, i.Baseline.Value, i.Baseline.Comparator, i.Target.Value, i.Target.Comparator, i.Cumulative, i.Attribute, i.ParentNumber)).ToList();
}
