using static PlanTracker.Import.Tests.Golden;

namespace PlanTracker.Import.Tests;

/// <summary>001: 长沙市, Word text with tab-separated table rows and the issuing notice at the top.</summary>
public class ChangshaGoldenTests
{
    private static readonly Model.ParsedPlan Plan = Seeds.Plan(Seeds.Changsha);

    [Fact]
    public void Metadata()
    {
        Assert.Equal("tab-separated", Plan.Layout);
        Assert.Equal("长沙市", Plan.Region);
        Assert.Equal("长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）", Plan.Title);
        Assert.Equal("长政办发〔2021〕73号", Plan.DocumentNumber);
        Assert.Equal("长沙市人民政府办公厅", Plan.Issuer);
        Assert.Equal(new DateOnly(2021, 12, 31), Plan.IssuedOn);
        Assert.Equal("注：[]内为5年累计数", Plan.IndicatorFootnote);
        Assert.True(PlanParser.LooksLikePlan(Plan));
        Assert.Empty(Plan.Warnings);
    }

    [Theory]
    [InlineData(1, "就业", "城镇新增就业人数", "万人", "[71.42]", "71.42", null, "[75]", "75", null, true, "预期性", null)]
    [InlineData(2, "就业", "城镇调查失业率", "%", "5.5", "5.5", null, "<5.5", "5.5", "<", false, "预期性", null)]
    [InlineData(3, "就业", "城镇登记失业率", "%", "3.27", "3.27", null, "<4.5", "4.5", "<", false, "预期性", null)]
    [InlineData(4, "就业", "开展补贴性职业技能培训人次", "万人次", "—", null, null, "[50]", "50", null, true, "预期性", null)]
    [InlineData(5, "就业", "农民工参加职业培训人次", "万人次", "—", null, null, "[10]", "10", null, true, "预期性", 4)]
    [InlineData(6, "社会保障", "基本养老保险参保覆盖率", "%", "≥96", "96", ">=", ">96", "96", ">", false, "预期性", null)]
    [InlineData(7, "社会保障", "失业保险参保人数", "万人", "182.8", "182.8", null, "212.7", "212.7", null, false, "约束性", null)]
    [InlineData(8, "社会保障", "工伤保险参保人数", "万人", "171.3", "171.3", null, "180", "180", null, false, "约束性", null)]
    [InlineData(9, "人才人事", "新增取得专业技术人员职业资格证书和专业技术职称证书人数", "万人", "—", null, null, "[15]", "15", null, true, "预期性", null)]
    [InlineData(10, "人才人事", "新增取得职业资格证书或职业技能等级证书人数", "万人次", "—", null, null, "[20]", "20", null, true, "预期性", null)]
    [InlineData(11, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人次", "", null, null, "[2]", "2", null, true, "预期性", 10)]
    [InlineData(12, "劳动关系", "劳动人事争议仲裁结案率", "%", ">90", "90", ">", ">90", "90", ">", false, "预期性", null)]
    [InlineData(13, "劳动关系", "劳动保障监察举报投诉案件结案率", "%", "100", "100", null, "96", "96", null, false, "预期性", null)]
    public void MainIndicator(int number, string category, string name, string unit, string baseline, string? baselineValue, string? baselineComparator,
        string target, string? targetValue, string? targetComparator, bool cumulative, string attribute, int? parent) =>
        AssertMainIndicator(Plan, number, category, name, unit, baseline, baselineValue, baselineComparator, target, targetValue, targetComparator, cumulative, attribute, parent);

    /// <summary>One golden row of <see cref="MainIndicator"/> checked against any plan read from this seed (text or Word).</summary>
    internal static void AssertMainIndicator(Model.ParsedPlan plan, int number, string category, string name, string unit, string baseline, string? baselineValue, string? baselineComparator,
        string target, string? targetValue, string? targetComparator, bool cumulative, string attribute, int? parent)
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
        Assert.Null(row.ExtraColumns);
    }

    [Fact]
    public void MainIndicatorsInPrintedOrder() =>
        Assert.Equal(Enumerable.Range(1, 13).Cast<int?>(), Plan.Indicators.Select(i => i.Number));

    [Theory]
    [InlineData(1, "城镇新增就业人数", "万人", "[70.96]", "70.96", null, "[60]", "60", null, "[71.42]", "71.42", null)]
    [InlineData(2, "城镇登记失业率", "%", "<3", "3", "<", "≤4", "4", "<=", "<4", "4", "<")]
    [InlineData(3, "新增农村劳动力转移就业", "万人", "[29.49]", "29.49", null, "[15]", "15", null, "[13.94]", "13.94", null)]
    [InlineData(4, "城乡基本养老保险参保覆盖率", "%", "96", "96", null, "≥96", "96", ">=", ">96", "96", ">")]
    [InlineData(5, "失业保险参保人数", "万人", "118.23", "118.23", null, "132", "132", null, "182.8", "182.8", null)]
    [InlineData(6, "工伤保险参保人数", "万人", "136.4", "136.4", null, "136.9", "136.9", null, "171.3", "171.3", null)]
    [InlineData(7, "全市人才总量", "万人", "105", "105", null, "135", "135", null, "280", "280", null)]
    [InlineData(8, "新增高技能人才人数", "万人", "—", null, null, "[5]", "5", null, "[6]", "6", null)]
    [InlineData(9, "新增专业技术人才人数", "万人", "—", null, null, "[10]", "10", null, "[18]", "18", null)]
    [InlineData(10, "已建立工会企业工资集体协商建制率", "%", "92.3", "92.3", null, "≥92.3", "92.3", ">=", "93", "93", null)]
    [InlineData(11, "劳动人事争议仲裁法定时限内结案率", "%", "98", "98", null, "98", "98", null, ">90", "90", ">")]
    [InlineData(12, "劳动保障监察投诉举报法定期限内结案率", "%", "100", "100", null, "100", "100", null, "100", "100", null)]
    [InlineData(13, "全市社会保障卡累计发卡数", "万张", "350", "350", null, "600", "600", null, "614.2", "614.2", null)]
    public void ThirteenthPlanResult(int number, string name, string unit, string previousBase, string? previousValue, string? previousComparator,
        string planned, string? plannedValue, string? plannedComparator, string actual, string? actualValue, string? actualComparator) =>
        AssertThirteenthPlanResult(Plan, number, name, unit, previousBase, previousValue, previousComparator, planned, plannedValue, plannedComparator, actual, actualValue, actualComparator);

    /// <summary>One golden row of <see cref="ThirteenthPlanResult"/> checked against any plan read from this seed (text or Word).</summary>
    internal static void AssertThirteenthPlanResult(Model.ParsedPlan plan, int number, string name, string unit, string previousBase, string? previousValue, string? previousComparator,
        string planned, string? plannedValue, string? plannedComparator, string actual, string? actualValue, string? actualComparator)
    {
        var row = Previous(plan, number);
        Assert.Equal(name, row.Name);
        Assert.Equal(unit, row.Unit);
        Assert.NotNull(row.PreviousBase);
        Measure(row.PreviousBase, previousBase, previousValue, previousComparator);
        Measure(row.Planned, planned, plannedValue, plannedComparator);
        Measure(row.Actual, actual, actualValue, actualComparator);
        Assert.Null(row.Attribute);
        Assert.Null(row.ParentNumber);
    }

    [Fact]
    public void Chapters() => Golden.Chapters(
        Plan,
        "发展基础和面临形势|发展基础;面临形势",
        "指导思想、基本原则和发展目标|指导思想;基本原则;发展目标",
        "实现更加充分更高质量就业|强化就业优先导向;完善就业支撑体系;推动重点群体就业;促进创业带动就业;健全公共就业服务体系;加强就业形势监测;大力实施职业技能培训",
        "健全多层次社会保障体系|完善社会保险制度体系;推进全民参保计划;提高社会保险待遇水平;强化社会保险基金监管",
        "构筑创新创业人才高地|打造人才集聚发展新格局;加强专业技术人才队伍建设;壮大技能人才队伍;推动人力资源服务业高质量发展",
        "激发人事管理机制活力|深化事业单位人事制度改革;完善事业单位工资制度;提升人事考试服务保障能力;强化重点民生实事项目考核管理;加强评比达标表彰奖励工作",
        "构建和谐劳动关系|健全劳动关系协调机制;深化企业工资收入分配制度改革;提高劳动保障监察执法效能;加强劳动人事争议调解仲裁;强化农民工服务保障",
        "提升公共服务水平|加强人社系统行风建设;推进基本公共服务均等化;打造“智慧人社”服务体系;服务乡村振兴战略;加快区域协同发展",
        "强化规划实施保障|加强组织领导;加大资金投入;强化法治保障;做好宣传引导");

    [Fact]
    public void SpecialColumns() => Golden.SpecialColumns(
        Plan,
        "1|“十三五”规划主要指标完成情况|indicators",
        "2|“十四五”规划发展主要指标|indicators",
        "3|就业创业提升行动计划|items|高校毕业生就业创业促进计划;就业创业示范市县建设",
        "4|职业培训专项行动|items|终身职业技能培训制度;职业技能提升行动",
        "5|专业技术人才支持计划|items|专业技术人才知识更新工程;博士后工作支持计划;制造业工程师培养计划",
        "6|技能强市建设工程|items|技工教育提质工程;高技能人才振兴计划;技能人才评价改革;职业技能竞赛引领计划",
        "7|人力资源服务业发展行动|items|产业园区建设计划;骨干企业培育计划;人力资源服务产品培植计划;诚信主题建设行动;人力资源市场监管行动;人力资源市场供求信息监测行动;行业自律规范行动",
        "8|劳动关系提升工程|items|和谐劳动关系培育计划;重点企业用工指导计划;农民工服务保障行动",
        "9|公共服务建设工程|items|“智慧人社”项目;社会保障卡建设;人力资源和社会保障系统行风建设提升行动;长株潭人力资源和社会保障公共服务一体化");

    [Fact]
    public void SpecialColumnPlacement()
    {
        var column = Assert.Single(Plan.SpecialColumns, c => c.Number == 3);
        Assert.Equal(3, column.ChapterNumber);
        Assert.Equal(5, column.SectionNumber);
        Assert.StartsWith("健全高校毕业生就业创业服务体系", column.Items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemTargets()
    {
        var training = Plan.SpecialColumns.Single(c => c.Number == 4).Items[1];
        var centres = Assert.Single(training.Targets, t => t.Unit == "家");
        Assert.Equal(50m, centres.Value);
        Assert.Equal(">=", centres.Comparator);
        Assert.Contains("认定50家以上", centres.Phrase, StringComparison.Ordinal);
        var people = Assert.Single(training.Targets, t => t.Unit == "万人次");
        Assert.Equal(50m, people.Value);
        Assert.Null(people.Comparator);

        var park = Plan.SpecialColumns.Single(c => c.Number == 7).Items[0];
        var agencies = Assert.Single(park.Targets, t => t.Unit == "家");
        Assert.Equal(500m, agencies.Value);
        Assert.Equal(">=", agencies.Comparator);
        Assert.Equal(2025, agencies.Year);
        var scale = Assert.Single(park.Targets, t => t.Unit == "亿元");
        Assert.Equal(150m, scale.Value);
    }
}
