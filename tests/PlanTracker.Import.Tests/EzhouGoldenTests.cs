using static PlanTracker.Import.Tests.Golden;

namespace PlanTracker.Import.Tests;

/// <summary>004: 鄂州市, cell-per-line, title page cut off, [bookmark] noise, an extra 十三五目标 column.</summary>
public class EzhouGoldenTests
{
    private static readonly Model.ParsedPlan Plan = Seeds.Plan(Seeds.Ezhou);

    [Fact]
    public void Metadata()
    {
        Assert.Equal("cell-per-line", Plan.Layout);
        Assert.Equal("鄂州市", Plan.Region);
        Assert.Equal("鄂州市人力资源和社会保障事业发展“十四五”规划", Plan.Title);
        Assert.Null(Plan.DocumentNumber);
        Assert.Null(Plan.Issuer);
        Assert.Null(Plan.IssuedOn);
        Assert.Equal("注：〔  〕内为五年累计数。", Plan.IndicatorFootnote);
    }

    [Theory]
    [InlineData(1, "就业", "城镇新增就业人数", "万人", "10", "1.2", "1.2", null, "〔10〕", "10", null, true, "预期性", null)]
    [InlineData(2, "就业", "城镇登记失业率", "%", "＜5", "＜5.5", "5.5", "<", "＜4", "4", "<", false, "预期性", null)]
    [InlineData(3, "就业", "开展补贴性职业技能培训人次", "万人次", "—", "—", null, null, "〔5〕", "5", null, true, "预期性", null)]
    [InlineData(4, "就业", "农民工参加职业培训人次", "万人次", "—", "0.2", "0.2", null, "〔 0.6 〕", "0.6", null, true, "预期性", 3)]
    [InlineData(5, "社会保障", "基本养老保险参保率", "%", ">90%", "92.13%", "92.13", null, "95.2%", "95.2", null, false, "预期性", null)]
    [InlineData(6, "社会保障", "失业保险参保人数", "万人", "10", "8.3", "8.3", null, "10", "10", null, false, "约束性", null)]
    [InlineData(7, "社会保障", "工伤保险参保人数", "万人", "12", "12.6", "12.6", null, "14.6", "14.6", null, false, "约束性", null)]
    [InlineData(8, "人才人事", "新增取得专业技术人员职业资格证书人数", "万人", "—", "0.15", "0.15", null, "0.2", "0.2", null, false, "预期性", null)]
    [InlineData(9, "人才人事", "博士后研究人员年招收数", "人", "—", "0", "0", null, "2", "2", null, false, "预期性", null)]
    [InlineData(10, "人才人事", "新增取得职业资格证书或职业技能等级证书人数", "万人次", "—", "0.3", "0.3", null, "〔1.5〕", "1.5", null, true, "预期性", null)]
    [InlineData(11, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人次", "—", "0.15", "0.15", null, "〔0.5〕", "0.5", null, true, "预期性", 10)]
    [InlineData(12, "劳动关系", "劳动人事争议调解成功率", "%", "60", "70", "70", null, "60", "60", null, false, "预期性", null)]
    [InlineData(13, "劳动关系", "劳动人事争议仲裁结案率", "%", "90", "95", "95", null, "90", "90", null, false, "预期性", null)]
    [InlineData(14, "劳动关系", "劳动保障监察举报投诉结案率", "%", "96", "96", "96", null, "99", "99", null, false, "预期性", null)]
    [InlineData(15, "公共服务", "社会保障卡持卡人数", "万人", "—", "104", "104", null, "106", "106", null, false, "预期性", null)]
    [InlineData(16, "公共服务", "申领电子社保卡人口覆盖率", "%", "—", "40%", "40", null, "60%", "60", null, false, "预期性", 15)]
    public void MainIndicator(int number, string category, string name, string unit, string thirteenthTarget, string baseline, string? baselineValue,
        string? baselineComparator, string target, string? targetValue, string? targetComparator, bool cumulative, string attribute, int? parent) =>
        AssertMainIndicator(Plan, number, category, name, unit, thirteenthTarget, baseline, baselineValue, baselineComparator, target, targetValue, targetComparator, cumulative, attribute, parent);

    /// <summary>One golden row of <see cref="MainIndicator"/> checked against any plan read from this seed (text or Word).</summary>
    internal static void AssertMainIndicator(Model.ParsedPlan plan, int number, string category, string name, string unit, string thirteenthTarget, string baseline, string? baselineValue,
        string? baselineComparator, string target, string? targetValue, string? targetComparator, bool cumulative, string attribute, int? parent)
    {
        var row = Indicator(plan, number);
        Assert.Equal(category, row.Category);
        Assert.Equal(name, row.Name);
        Assert.Equal(unit, row.Unit);
        Measure(row.Baseline, baseline, baselineValue, baselineComparator);
        Measure(row.Target, target, targetValue, targetComparator);
        Assert.Equal(cumulative, row.Cumulative);
        Assert.Equal(attribute, row.Attribute);
        Assert.Equal(parent, row.ParentNumber);
        Assert.NotNull(row.ExtraColumns);
        Assert.Equal(thirteenthTarget, Assert.Single(row.ExtraColumns).Value);
        Assert.Equal("十三五目标", row.ExtraColumns.Keys.Single());
    }

    [Theory]
    [InlineData(1, "城镇新增就业", "万人", "10", "10", null, "11.3", "11.3")]
    [InlineData(2, "城镇登记失业率", "%", "＜5", "5", "<", "2.3", "2.3")]
    [InlineData(3, "养老保险参保率", "%", "＞90", "90", ">", "92.13", "92.13")]
    [InlineData(4, "失业保险参保人数", "万人", "10", "10", null, "10.1", "10.1")]
    [InlineData(5, "工伤保险参保人数", "万人", "12", "12", null, "12.6", "12.6")]
    [InlineData(6, "专业技术人才总量", "万人", "6", "6", null, "6.2", "6.2")]
    [InlineData(7, "高、中、初级专业技术职务结构比例", "%", "1：4：5", null, null, "1：4：5", null)]
    [InlineData(8, "高技能人才总量", "万人", "4", "4", null, "4.1", "4.1")]
    [InlineData(9, "企业劳动合同签订率", "%", "92", "92", null, "94.4", "94.4")]
    [InlineData(10, "劳动人事争议调解成功率", "%", "＞60", "60", ">", "70", "70")]
    [InlineData(11, "劳动保障监察举报投诉结案率", "%", "96", "96", null, "100", "100")]
    [InlineData(12, "劳动人事争议仲裁按期结案率", "%", "95", "95", null, "99", "99")]
    [InlineData(13, "社会保障卡持卡人口覆盖率", "%", "90", "90", null, "93.45", "93.45")]
    public void ThirteenthPlanResult(int number, string name, string unit, string planned, string? plannedValue, string? plannedComparator, string actual, string? actualValue) =>
        AssertThirteenthPlanResult(Plan, number, name, unit, planned, plannedValue, plannedComparator, actual, actualValue);

    /// <summary>One golden row of <see cref="ThirteenthPlanResult"/> checked against any plan read from this seed (text or Word).</summary>
    internal static void AssertThirteenthPlanResult(Model.ParsedPlan plan, int number, string name, string unit, string planned, string? plannedValue, string? plannedComparator, string actual, string? actualValue)
    {
        var row = Previous(plan, number);
        Assert.Equal(name, row.Name);
        Assert.Equal(unit, row.Unit);
        Measure(row.Planned, planned, plannedValue, plannedComparator);
        Measure(row.Actual, actual, actualValue, null);
        Assert.Null(row.PreviousBase);
        Assert.Null(row.Attribute);
        Assert.Null(row.ParentNumber);
    }

    [Fact]
    public void ContradictingTablesAreKeptAsPrinted()
    {
        Assert.Equal(10.1m, Previous(Plan, 4).Actual.Value);
        Assert.Equal(8.3m, Indicator(Plan, 6).Baseline.Value);
    }

    [Fact]
    public void Chapters() => Golden.Chapters(
        Plan,
        "开启人社事业发展新征程|“十三五”时期工作成效;面临的机遇和挑战",
        "指导思想、基本原则和总体目标|指导思想;基本原则;总体目标",
        "推进武鄂人社一体化发展|推进就业创业领域一体化发展;推进社会保险领域一体化发展;推进人才服务领域一体化发展;推进劳动监察领域一体化发展;推进社保卡领域一体化发展",
        "推动实现更加充分更高质量就业|大力实施就业优先政策;完善重点群体就业支持体系;鼓励支持创业带动就业、多渠道灵活就业;大规模开展职业技能培训;支持人力资源服务业高质量发展;推进全方位公共就业服务;发挥失业保险稳就业功能",
        "构建多层次可持续的社会保障体系|完善社会保障制度体系;扩大社会保险覆盖面;落实社会保障待遇调整政策;加强社会保障经办服务体系建设;加强社会保险基金监管",
        "优化“新鄂州人”政策体系|加强专业技术人才队伍建设;加强技能人才队伍建设;强化人才信息化服务;深化事业单位人事制度改革;加强表彰奖励工作;提升人事考试科学化水平",
        "深化工资收入分配制度改革|推进企业工资薪酬机制改革;完善事业单位工资制度",
        "着力构建和谐劳动关系|健全劳动关系协调机制;推进劳动人事争议调处多元化发展;提升劳动保障监察执法效能;加强农民工服务保障工作",
        "提高公共服务能力和质量|加强人社系统行风建设;提升基本公共服务信息化水平;推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
        "强化保障措施|推进依法行政;加大财政投入;强化统计支持;加强宣传引导;加强干部队伍建设;强化规划实施");

    [Fact]
    public void SpecialColumns() => Golden.SpecialColumns(
        Plan,
        "1|“十三五”发展计划指标完成情况表|indicators",
        "2|“十四五”时期主要指标|indicators",
        "3|促进就业工程|items|高校毕业生就业创业促进计划;零工市场建设项目;劳务品牌培育建设",
        "4|人力资源服务业发展行动计划|items|领军企业培育计划;领军人才培养计划;产业园区建设计划;诚信主题创建行动",
        "5|社会保险工程|items|建立多层次养老保险体系;推进工伤预防专项行动;配合做好失业保险省级统筹",
        "6|专业技术人才支持计划|items|实施博士后人才倍增计划;开展院士专家服务基层活动;实施高层次人才引进培养计划;实施青年人才培养工程",
        "7|技能人才振兴计划|items|人才培育载体建设项目;职业技能竞赛活动;职业技能等级认定示范工程",
        "8|劳动关系“和谐同行”计划|items|和谐劳动关系个十百计划;重点企业用工指导计划;劳动关系和谐企业、工业园区和先进个人评选表彰",
        "9|“信用+劳动保障”计划|items|守法诚信等级评价攻坚行动;用人单位分类监管行动;信用信息共享计划;劳动保障信用宣传计划");

    [Fact]
    public void BookmarkNoiseIsRemoved()
    {
        var section = Plan.Chapters[6].Sections[1];
        Assert.Equal("完善事业单位工资制度", section.Title);
        Assert.DoesNotContain(Plan.Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Paragraphs), p => p.Contains("bookmark", StringComparison.Ordinal));
    }
}
