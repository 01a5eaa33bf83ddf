using PlanTracker.Import.Model;
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

    [Fact]
    public void Metadata()
    {
        Assert.Equal("pdf-text", Pdf.Layout);
        Assert.Equal("markdown", Markdown.Layout);
        foreach (var plan in Both)
        {
            Assert.Equal("株洲市", plan.Region);
            Assert.Equal("株洲市“十四五”人力资源和社会保障事业发展规划", plan.Title);
            Assert.True(PlanParser.LooksLikePlan(plan));
        }

        Assert.Null(Pdf.DocumentNumber);
        Assert.Null(Pdf.Issuer);
        Assert.Null(Pdf.IssuedOn);
        Assert.Equal("株人社发〔2021〕51号", Markdown.DocumentNumber);
        Assert.Equal("株洲市人力资源和社会保障局", Markdown.Issuer);
        Assert.Equal(new DateOnly(2021, 12, 15), Markdown.IssuedOn);
        Assert.Equal("注：〔〕内为五年积累数。", Pdf.IndicatorFootnote);
        Assert.Equal("注：〔 〕内为五年积累数。", Markdown.IndicatorFootnote);
    }

    [Theory]
    [InlineData(1, "就业", "城镇新增就业人数", "万人", "28.58", "28.58", null, "[>25]", "25", ">", true, null)]
    [InlineData(2, "就业", "城镇调查失业率", "%", "5.6", "5.6", null, "<5.5", "5.5", "<", false, null)]
    [InlineData(3, "就业", "开展各类职业培训人次", "万人次", "—", null, null, "20", "20", null, false, null)]
    [InlineData(4, "就业", "农民工参加职业培训人次", "万人次", "—", null, null, "6", "6", null, false, 3)]
    [InlineData(5, "社会保障", "基本养老保险参保人数", "万人", "313.74", "313.74", null, "320", "320", null, false, null)]
    [InlineData(6, "社会保障", "失业保险参保人数", "万人", "43", "43", null, "43.9", "43.9", null, false, null)]
    [InlineData(7, "社会保障", "工伤保险参保人数", "万人", "55.65", "55.65", null, "60", "60", null, false, null)]
    [InlineData(8, "人才人事", "专业技术人才总量", "万人", "31.1", "31.1", null, "33", "33", null, false, null)]
    [InlineData(9, "人才人事", "高级职称人才数量", null, "—", null, null, "4.2", "4.2", null, false, 8)]
    [InlineData(10, "人才人事", "新增取得专业技术人员职业资格证书人数", "万人", "—", null, null, "[1]", "1", null, true, null)]
    [InlineData(11, "人才人事", "新增取得职业资格证书或职业技能等级证书人数", "万人", "—", null, null, "[20]", "20", null, true, null)]
    [InlineData(12, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人", "—", null, null, "[2]", "2", null, true, 11)]
    [InlineData(13, "劳动关系", "劳动人事争议仲裁结案率", "%", "90%", "90", null, "90%", "90", null, false, null)]
    [InlineData(14, "劳动关系", "劳动保障监察举报投诉案件结案率", "%", "95%", "95", null, "96%", "96", null, false, null)]
    public void MainIndicator(int number, string category, string name, string? unit, string baseline, string? baselineValue, string? baselineComparator,
        string target, string? targetValue, string? targetComparator, bool cumulative, int? parent)
    {
        foreach (var plan in Both)
        {
            AssertMainIndicator(plan, plan == Markdown, number, category, name, unit, baseline, baselineValue, baselineComparator, target, targetValue, targetComparator, cumulative, parent);
        }
    }

    /// <summary>One golden row of <see cref="MainIndicator"/> checked against any plan read from this plan (texts compared without spaces unless <paramref name="exactText"/>).</summary>
    internal static void AssertMainIndicator(ParsedPlan plan, bool exactText, int number, string category, string name, string? unit, string baseline, string? baselineValue, string? baselineComparator,
        string target, string? targetValue, string? targetComparator, bool cumulative, int? parent)
    {
        var row = Indicator(plan, number);
        Assert.Equal(category, row.Category);
        Assert.Equal(name, row.Name);
        Assert.Equal(unit, row.Unit);
        Measure(row.Baseline, baseline, baselineValue, baselineComparator, exactText);
        Measure(row.Target, target, targetValue, targetComparator, exactText);
        Assert.Equal(cumulative, row.Cumulative);
        Assert.Equal("预期性", row.Attribute);
        Assert.Equal(parent, row.ParentNumber);
    }

    [Theory]
    [InlineData(1, "城镇新增就业人数", "万人", "[25.3]", "25.3", null, "[28.58]", "28.58", null, "约束性", null)]
    [InlineData(2, "城镇登记失业率", "%", "≤4.5", "4.5", "<=", "2.51", "2.51", null, "约束性", null)]
    [InlineData(3, "新增农村劳动力转移就业", "万人", "[5.2]", "5.2", null, "[7.67]", "7.67", null, "约束性", null)]
    [InlineData(4, "城镇基本养老保险参保人数", "万人", "114", "114", null, "120.14", "120.14", null, "约束性", null)]
    [InlineData(5, "城乡居民养老保险参保人数", "万人", "182", "182", null, "193.6", "193.6", null, "约束性", null)]
    [InlineData(6, "基本养老保险覆盖率", "%", ">95", "95", ">", ">95", "95", ">", "预期性", null)]
    [InlineData(7, "失业保险参保人数", "万人", "37", "37", null, "43", "43", null, "约束性", null)]
    [InlineData(8, "工伤保险参保人数", "万人", "60", "60", null, "55.65", "55.65", null, "约束性", null)]
    [InlineData(9, "人才队伍总量", "万人", "66", "66", null, "66.78", "66.78", null, "预期性", null)]
    [InlineData(10, "专业技术人才总量", "万人", "30", "30", null, "31.1", "31.1", null, "预期性", 9)]
    [InlineData(11, "高技能人才总量", "万人", "12.5", "12.5", null, "13", "13", null, "预期性", 9)]
    [InlineData(12, "企业劳动合同签订率", "%", "90", "90", null, ">92", "92", ">", "预期性", null)]
    [InlineData(13, "劳动人事争议调解仲裁结案率", "%", ">90", "90", ">", ">95", "95", ">", "预期性", null)]
    public void ThirteenthPlanResult(int number, string name, string unit, string planned, string? plannedValue, string? plannedComparator,
        string actual, string? actualValue, string? actualComparator, string attribute, int? parent)
    {
        foreach (var plan in Both)
        {
            AssertThirteenthPlanResult(plan, plan == Markdown, number, name, unit, planned, plannedValue, plannedComparator, actual, actualValue, actualComparator, attribute, parent);
        }
    }

    /// <summary>One golden row of <see cref="ThirteenthPlanResult"/> checked against any plan read from this plan (texts compared without spaces unless <paramref name="exactText"/>).</summary>
    internal static void AssertThirteenthPlanResult(ParsedPlan plan, bool exactText, int number, string name, string unit, string planned, string? plannedValue, string? plannedComparator,
        string actual, string? actualValue, string? actualComparator, string attribute, int? parent)
    {
        var row = Previous(plan, number);
        Assert.Equal(name, row.Name);
        Assert.Equal(unit, row.Unit);
        Assert.Null(row.PreviousBase);
        Measure(row.Planned, planned, plannedValue, plannedComparator, exactText);
        Measure(row.Actual, actual, actualValue, actualComparator, exactText);
        Assert.Equal(attribute, row.Attribute);
        Assert.Equal(parent, row.ParentNumber);
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
        foreach (var plan in Both)
        {
            Golden.Chapters(
                plan,
                "发展基础",
                "发展环境",
                "发展思路|指导思想;基本原则",
                "发展目标",
                "重点任务|实现更加充分和更高质量就业;完善覆盖全民的社会保障体系;大力加强人才队伍建设;规范事业单位人事管理;构建和谐劳动关系;全面加强服务能力建设",
                "保障措施|强化组织领导;加大财政投入;加强法治建设;加强队伍建设;加强宣传引导");
        }
    }

    [Fact]
    public void SpecialColumns()
    {
        foreach (var plan in Both)
        {
            var skills = plan == Pdf ? "职业技能提升行动业技能提升行动" : "职业技能提升行动职业技能提升行动";
            Golden.SpecialColumns(
                plan,
                "1|“十三五”时期主要指标完成情况|indicators",
                "2|“十四五”人力资源和社会保障事业发展主要指标|indicators",
                "3|就业创业提升行动计划|items|高校毕业生“三支一扶”计划;就业创业示范市县建设;促进就业创业行动",
                $"4|{skills}|items|终身职业技能培训制度;技能培训增效工程",
                "5|劳动关系提升工程计划|items|劳动关系公共服务提升工程;调解仲裁信息化项目;和谐劳动关系提升工程;重点企业用工指导计划",
                "6|农民工素质提升工程|items|农民工素质提升工程;农民工体面劳动计划",
                "7|信息化建设工程|items|人力资源社会保障信息化建设工程（金保工程二期）;开展人社信息化创新提升攻坚行动;社会保障“一卡通”建设;人力资源和社会保障行风建设提升行动;12333线上服务体系建设");
        }
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
