using static PlanTracker.Import.Tests.Golden;

namespace PlanTracker.Import.Tests;

/// <summary>002: 湘西自治州, Word text with one table cell per line, a table of contents first, and a project table.</summary>
public class XiangxiGoldenTests
{
    private static readonly Model.ParsedPlan Plan = Seeds.Plan(Seeds.Xiangxi);

    [Fact]
    public void Metadata()
    {
        Assert.Equal("cell-per-line", Plan.Layout);
        Assert.Equal("湘西自治州", Plan.Region);
        Assert.Equal("湘西自治州“十四五”人力资源和社会保障事业发展规划", Plan.Title);
        Assert.Null(Plan.DocumentNumber);
        Assert.Equal("湘西自治州人民政府办公室", Plan.Issuer);
        Assert.Equal(new DateOnly(2021, 12, 23), Plan.IssuedOn);
        Assert.Equal("注：[ ]内为五年累计数。", Plan.IndicatorFootnote);
        Assert.Empty(Plan.PreviousPeriod);
    }

    [Theory]
    [InlineData(1, "就业", "城镇新增就业人数", "万人", "2.3", "2.3", "[10]", "10", true, null)]
    [InlineData(2, "就业", "城镇调查失业率", "%", "—", null, "5.5%", "5.5", false, null)]
    [InlineData(3, "就业", "城镇登记失业率", "%", "2.7", "2.7", "4.5%", "4.5", false, null)]
    [InlineData(4, "就业", "开展补贴性职业技能培训人次", "万人次", "3.7", "3.7", "[15]", "15", true, null)]
    [InlineData(5, "就业", "农民工参加职业培训人次", "万人次", "2.0", "2.0", "[10]", "10", true, 4)]
    [InlineData(6, "社会保障", "基本养老保险参保率", "%", "91%", "91", "95%", "95", false, null)]
    [InlineData(7, "社会保障", "失业保险累计参保人数", "万人", "17.5", "17.5", "18.5", "18.5", false, null)]
    [InlineData(8, "社会保障", "工伤保险累计参保人数", "万人", "26", "26", "27", "27", false, null)]
    [InlineData(9, "人才人事", "专业技术人才总量", "万人", "4.5", "4.5", "5.5", "5.5", false, null)]
    [InlineData(10, "人才人事", "高级职称人才数量", "万人", "0.7", "0.7", "1", "1", false, 9)]
    [InlineData(11, "人才人事", "累计新增取得专业技术人员职业资格证书人数", "万人", "[0.6]", "0.6", "[0.8]", "0.8", true, null)]
    [InlineData(12, "人才人事", "事业单位人才招引累计数", "万人", "[0.58]", "0.58", "[0.8]", "0.8", true, null)]
    [InlineData(13, "人才人事", "累计新增取得职业资格证书或职业技能等级证书人数", "人", "—", null, "[5000]", "5000", true, null)]
    [InlineData(14, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "人", "—", null, "[200]", "200", true, 13)]
    [InlineData(15, "劳动关系", "劳动人事争议调解成功率", "%", "60%", "60", "60%", "60", false, null)]
    [InlineData(16, "劳动关系", "劳动人事争议仲裁结案率", "%", "90%", "90", "90%", "90", false, null)]
    [InlineData(17, "劳动关系", "劳动保障监察举报投诉案件结案率", "%", "—", null, "96%", "96", false, null)]
    public void MainIndicator(int number, string category, string name, string unit, string baseline, string? baselineValue,
        string target, string? targetValue, bool cumulative, int? parent) =>
        AssertMainIndicator(Plan, number, category, name, unit, baseline, baselineValue, target, targetValue, cumulative, parent);

    /// <summary>One golden row of <see cref="MainIndicator"/> checked against any plan read from this seed (text or Word).</summary>
    internal static void AssertMainIndicator(Model.ParsedPlan plan, int number, string category, string name, string unit, string baseline, string? baselineValue,
        string target, string? targetValue, bool cumulative, int? parent)
    {
        var row = Indicator(plan, number);
        Assert.Equal(category, row.Category);
        Assert.Equal(name, row.Name);
        Assert.Equal(unit, row.Unit);
        Measure(row.Baseline, baseline, baselineValue, null);
        Measure(row.Target, target, targetValue, null);
        Assert.Equal(cumulative, row.Cumulative);
        Assert.Equal(number is 7 or 8 ? "约束性" : "预期性", row.Attribute);
        Assert.Equal(parent, row.ParentNumber);
    }

    [Fact]
    public void MainIndicatorsInPrintedOrder() =>
        Assert.Equal(Enumerable.Range(1, 17).Cast<int?>(), Plan.Indicators.Select(i => i.Number));

    [Fact]
    public void Project() => AssertProject(Plan);

    /// <summary>The golden project row checked against any plan read from this seed (text or Word).</summary>
    internal static void AssertProject(Model.ParsedPlan plan)
    {
        var project = Assert.Single(plan.Projects);
        Assert.Equal("湘西州创新创业孵化基地建设", project.Name);
        Assert.Equal("续建", project.Nature);
        Assert.Equal("湘西州", project.Location);
        Assert.Equal("湘西州人社局、8县市人民政府、湘西经开区管委会", project.Owner);
        Assert.StartsWith("提质升级全州10个创新创业孵化基地", project.Content, StringComparison.Ordinal);
        Assert.EndsWith("等重点群体就业创业。", project.Content, StringComparison.Ordinal);
        Assert.Equal("2021—2025", project.Period);
        Assert.Equal(15.0m, project.TotalInvestment);
        Assert.Equal(10m, project.PeriodInvestment);
        Assert.Equal("上级投资、地方自筹", project.FundingSource);
    }

    [Fact]
    public void TableOfContentsIsNotTheOutline() => Golden.Chapters(
        Plan,
        "发展基础和形势分析|发展基础;十四五时期面临的机遇与挑战",
        "发展思路|指导思想;基本原则;主要目标",
        "推动实现更加充分更高质量就业|实施更加积极的就业优先政策;积极培育新的就业增长点;健全重点群体就业支持体系;加强创业带动就业;提升公共就业服务水平;加强就业失业统计与失业风险防范管理;大规模开展职业技能培训;推动人力资源服务业高质量发展",
        "健全多层次社会保障体系|实施全民参保计划，扩大社会保险覆盖面;完善养老保险制度建设，提高养老保险保障水平;完善失业保险制度，扩大失业保险保障范围;建立多层次工伤保障制度体系，打牢工伤保险基础;建全待遇合理调整机制，稳步提高保障水平;加强社保服务体系建设，提升社保经办能力;加强基金风险防控，确保基金安全运行",
        "建设有规模的高素质人才队伍|深化人才发展体制机制改革;创新人才评价机制;加强专业技术人才队伍建设;加强技能人才队伍建设;健全人事考试制度",
        "深化事业单位人事制度改革|建立健全事业单位人事制度;深化事业单位“放管服”改革;完善事业单位工资收入分配制度;规范民生实事和考核奖励表彰管理",
        "构建和谐劳动关系|健全劳动关系协调机制;深化企业工资收入分配制度改革;完善劳动人事争议调解仲栽体制机制;提高劳动保障监察执法效能;切实保障农民工合法权益;完善劳动关系工作格局",
        "提升基本公共服务能力和水平|推进基本公共服务均等化;推进基本公共服务标准化;推进基本公共服务信息化;推进基本公共服务一体化;强化窗口服务能力建设;强化系统行风作风建设",
        "巩固拓展脱贫攻坚成果与乡村振兴有效衔接",
        "强化保障措施|加强组织领导;加强法治人社建设;加强财政保障;加强人社统计监测监督;加强干部队伍建设;加强宣传引导");

    [Fact]
    public void SpecialColumns() => Golden.SpecialColumns(
        Plan,
        "1|“十四五”规划发展主要指标|indicators",
        "2|湘西州创新创业“十四五”规划重大工程项目|projects",
        "3|就业创业提升行动计划|items|落实高校毕业生“三支一扶”计划;推进创业带动就业重点乡镇建设;开展就业创业示范县市建设;促进就业创业行动",
        "4|职业技能提升行动|items|终身职业技能培训制度;技能培训增效工程",
        "5|人力资源服务业培育监管计划|items|加快人力资源产业园建设;骨干企业培育计划;人力资源服务产品培植计划;诚信主题创建行动;人力资源市场监管行动;人力资源市场供求信息监测行动;行业自律规范行动",
        "6|人力资源强州工程|items|专业技术人才项目;人力资源服务业领军人才培养计划;实施新生代农民工职业技能提升计划;技能人才攻坚行动;高技能人才振兴计划",
        "7|劳动关系提升工程计划|items|劳动关系公共服务提升工程;落实“湘融湘爱”农民工服务保障项目;调解仲裁信息化项目;重点企业用工指导计划",
        "8|农民工素质提升工程|items|农民工素质提升工程;农民工体面劳动计划",
        "9|人社公共服务信息化建设工程|items|人力资源社会保障信息化建设工程;开展人社信息化创新提升攻坚行动;社会保障“一卡通”建设;人力资源和社会保障行风建设信息化提升行动;12333线上服务体系建设",
        "10|人社帮扶专项行动计划|items|易地扶贫搬迁就业帮扶巩固提升计划;大力支持创业就业车间建设");

    [Fact]
    public void ItemsRunTogetherOnOneLineAreSplit()
    {
        var column = Plan.SpecialColumns.Single(c => c.Number == 5);
        Assert.EndsWith("营造公平竞争和安全有效的市场环境。", column.Items[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("完善人力资源市场供求信息监测和发布制度", column.Items[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemTargetWithYear()
    {
        var workshops = Plan.SpecialColumns.Single(c => c.Number == 10).Items[1];
        var jobs = Assert.Single(workshops.Targets, t => t.Value == 10m && t.Unit == "万人");
        Assert.Equal(">=", jobs.Comparator);
        Assert.Equal(2025, jobs.Year);
    }
}
