using PlanTracker.Import.Model;
using static PlanTracker.Import.Tests.GoldenValues.GoldenPlan;

namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>001 长沙市: the values typed from the document (main table 专栏2, 13th-plan results 专栏1, outline, 专栏).</summary>
internal static class ChangshaGolden
{
    public static readonly CityGolden City = new(new GoldenPlan(
        Seeds.Changsha,
        new GoldenMetadata("长沙市", "长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）", "长政办发〔2021〕73号", "长沙市人民政府办公厅", new DateOnly(2021, 12, 31), "注：[]内为5年累计数"),
        MainRows,
        PreviousRows,
        ChapterOutline,
        SpecialColumnList,
        []));

    private static GoldenIndicator[] MainRows => [
        new(1, "就业", "城镇新增就业人数", "万人", M("[71.42]", "71.42"), M("[75]", "75"), true, "预期性", null),
        new(2, "就业", "城镇调查失业率", "%", M("5.5", "5.5"), M("<5.5", "5.5", "<"), false, "预期性", null),
        new(3, "就业", "城镇登记失业率", "%", M("3.27", "3.27"), M("<4.5", "4.5", "<"), false, "预期性", null),
        new(4, "就业", "开展补贴性职业技能培训人次", "万人次", M("—"), M("[50]", "50"), true, "预期性", null),
        new(5, "就业", "农民工参加职业培训人次", "万人次", M("—"), M("[10]", "10"), true, "预期性", 4),
        new(6, "社会保障", "基本养老保险参保覆盖率", "%", M("≥96", "96", ">="), M(">96", "96", ">"), false, "预期性", null),
        new(7, "社会保障", "失业保险参保人数", "万人", M("182.8", "182.8"), M("212.7", "212.7"), false, "约束性", null),
        new(8, "社会保障", "工伤保险参保人数", "万人", M("171.3", "171.3"), M("180", "180"), false, "约束性", null),
        new(9, "人才人事", "新增取得专业技术人员职业资格证书和专业技术职称证书人数", "万人", M("—"), M("[15]", "15"), true, "预期性", null),
        new(10, "人才人事", "新增取得职业资格证书或职业技能等级证书人数", "万人次", M("—"), M("[20]", "20"), true, "预期性", null),
        new(11, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人次", M(""), M("[2]", "2"), true, "预期性", 10),
        new(12, "劳动关系", "劳动人事争议仲裁结案率", "%", M(">90", "90", ">"), M(">90", "90", ">"), false, "预期性", null),
        new(13, "劳动关系", "劳动保障监察举报投诉案件结案率", "%", M("100", "100"), M("96", "96"), false, "预期性", null)
    ];

    private static GoldenPrevious[] PreviousRows => [
        new(1, "城镇新增就业人数", "万人", M("[70.96]", "70.96"), M("[60]", "60"), M("[71.42]", "71.42"), null, null),
        new(2, "城镇登记失业率", "%", M("<3", "3", "<"), M("≤4", "4", "<="), M("<4", "4", "<"), null, null),
        new(3, "新增农村劳动力转移就业", "万人", M("[29.49]", "29.49"), M("[15]", "15"), M("[13.94]", "13.94"), null, null),
        new(4, "城乡基本养老保险参保覆盖率", "%", M("96", "96"), M("≥96", "96", ">="), M(">96", "96", ">"), null, null),
        new(5, "失业保险参保人数", "万人", M("118.23", "118.23"), M("132", "132"), M("182.8", "182.8"), null, null),
        new(6, "工伤保险参保人数", "万人", M("136.4", "136.4"), M("136.9", "136.9"), M("171.3", "171.3"), null, null),
        new(7, "全市人才总量", "万人", M("105", "105"), M("135", "135"), M("280", "280"), null, null),
        new(8, "新增高技能人才人数", "万人", M("—"), M("[5]", "5"), M("[6]", "6"), null, null),
        new(9, "新增专业技术人才人数", "万人", M("—"), M("[10]", "10"), M("[18]", "18"), null, null),
        new(10, "已建立工会企业工资集体协商建制率", "%", M("92.3", "92.3"), M("≥92.3", "92.3", ">="), M("93", "93"), null, null),
        new(11, "劳动人事争议仲裁法定时限内结案率", "%", M("98", "98"), M("98", "98"), M(">90", "90", ">"), null, null),
        new(12, "劳动保障监察投诉举报法定期限内结案率", "%", M("100", "100"), M("100", "100"), M("100", "100"), null, null),
        new(13, "全市社会保障卡累计发卡数", "万张", M("350", "350"), M("600", "600"), M("614.2", "614.2"), null, null)
    ];

    private static string[] ChapterOutline => [
        "发展基础和面临形势|发展基础;面临形势",
        "指导思想、基本原则和发展目标|指导思想;基本原则;发展目标",
        "实现更加充分更高质量就业|强化就业优先导向;完善就业支撑体系;推动重点群体就业;促进创业带动就业;健全公共就业服务体系;加强就业形势监测;大力实施职业技能培训",
        "健全多层次社会保障体系|完善社会保险制度体系;推进全民参保计划;提高社会保险待遇水平;强化社会保险基金监管",
        "构筑创新创业人才高地|打造人才集聚发展新格局;加强专业技术人才队伍建设;壮大技能人才队伍;推动人力资源服务业高质量发展",
        "激发人事管理机制活力|深化事业单位人事制度改革;完善事业单位工资制度;提升人事考试服务保障能力;强化重点民生实事项目考核管理;加强评比达标表彰奖励工作",
        "构建和谐劳动关系|健全劳动关系协调机制;深化企业工资收入分配制度改革;提高劳动保障监察执法效能;加强劳动人事争议调解仲裁;强化农民工服务保障",
        "提升公共服务水平|加强人社系统行风建设;推进基本公共服务均等化;打造“智慧人社”服务体系;服务乡村振兴战略;加快区域协同发展",
        "强化规划实施保障|加强组织领导;加大资金投入;强化法治保障;做好宣传引导"
    ];

    private static string[] SpecialColumnList => [
        "1|“十三五”规划主要指标完成情况|indicators",
        "2|“十四五”规划发展主要指标|indicators",
        "3|就业创业提升行动计划|items|高校毕业生就业创业促进计划;就业创业示范市县建设",
        "4|职业培训专项行动|items|终身职业技能培训制度;职业技能提升行动",
        "5|专业技术人才支持计划|items|专业技术人才知识更新工程;博士后工作支持计划;制造业工程师培养计划",
        "6|技能强市建设工程|items|技工教育提质工程;高技能人才振兴计划;技能人才评价改革;职业技能竞赛引领计划",
        "7|人力资源服务业发展行动|items|产业园区建设计划;骨干企业培育计划;人力资源服务产品培植计划;诚信主题建设行动;人力资源市场监管行动;人力资源市场供求信息监测行动;行业自律规范行动",
        "8|劳动关系提升工程|items|和谐劳动关系培育计划;重点企业用工指导计划;农民工服务保障行动",
        "9|公共服务建设工程|items|“智慧人社”项目;社会保障卡建设;人力资源和社会保障系统行风建设提升行动;长株潭人力资源和社会保障公共服务一体化"
    ];

    public static void Metadata(ParsedPlan plan) => City.Metadata(plan);

    public static void MainIndicators(ParsedPlan plan) => City.MainIndicators(plan);

    public static void PreviousPeriod(ParsedPlan plan) => City.PreviousPeriod(plan);

    public static void SpecialColumns(ParsedPlan plan) => City.SpecialColumns(plan);

    public static void Chapters(ParsedPlan plan) => City.Chapters(plan);

    public static void Projects(ParsedPlan plan) => City.Projects(plan);
}
