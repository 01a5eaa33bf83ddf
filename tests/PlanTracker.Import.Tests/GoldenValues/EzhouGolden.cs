using PlanTracker.Import.Model;
using static PlanTracker.Import.Tests.GoldenValues.GoldenPlan;

namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>004 鄂州市: main table 专栏2 with the extra 十三五目标 column, 13th-plan table 专栏1 with category rows.</summary>
internal static class EzhouGolden
{
    public static readonly CityGolden City = new(new GoldenPlan(
        Seeds.Ezhou,
        new GoldenMetadata("鄂州市", "鄂州市人力资源和社会保障事业发展“十四五”规划", null, null, null, "注：〔  〕内为五年累计数。"),
        MainRows,
        PreviousRows,
        ChapterOutline,
        SpecialColumnList,
        []));

    private static GoldenIndicator[] MainRows => [
        new(1, "就业", "城镇新增就业人数", "万人", M("1.2", "1.2"), M("〔10〕", "10"), true, "预期性", null, "10"),
        new(2, "就业", "城镇登记失业率", "%", M("＜5.5", "5.5", "<"), M("＜4", "4", "<"), false, "预期性", null, "＜5"),
        new(3, "就业", "开展补贴性职业技能培训人次", "万人次", M("—"), M("〔5〕", "5"), true, "预期性", null, "—"),
        new(4, "就业", "农民工参加职业培训人次", "万人次", M("0.2", "0.2"), M("〔 0.6 〕", "0.6"), true, "预期性", 3, "—"),
        new(5, "社会保障", "基本养老保险参保率", "%", M("92.13%", "92.13"), M("95.2%", "95.2"), false, "预期性", null, ">90%"),
        new(6, "社会保障", "失业保险参保人数", "万人", M("8.3", "8.3"), M("10", "10"), false, "约束性", null, "10"),
        new(7, "社会保障", "工伤保险参保人数", "万人", M("12.6", "12.6"), M("14.6", "14.6"), false, "约束性", null, "12"),
        new(8, "人才人事", "新增取得专业技术人员职业资格证书人数", "万人", M("0.15", "0.15"), M("0.2", "0.2"), false, "预期性", null, "—"),
        new(9, "人才人事", "博士后研究人员年招收数", "人", M("0", "0"), M("2", "2"), false, "预期性", null, "—"),
        new(10, "人才人事", "新增取得职业资格证书或职业技能等级证书人数", "万人次", M("0.3", "0.3"), M("〔1.5〕", "1.5"), true, "预期性", null, "—"),
        new(11, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人次", M("0.15", "0.15"), M("〔0.5〕", "0.5"), true, "预期性", 10, "—"),
        new(12, "劳动关系", "劳动人事争议调解成功率", "%", M("70", "70"), M("60", "60"), false, "预期性", null, "60"),
        new(13, "劳动关系", "劳动人事争议仲裁结案率", "%", M("95", "95"), M("90", "90"), false, "预期性", null, "90"),
        new(14, "劳动关系", "劳动保障监察举报投诉结案率", "%", M("96", "96"), M("99", "99"), false, "预期性", null, "96"),
        new(15, "公共服务", "社会保障卡持卡人数", "万人", M("104", "104"), M("106", "106"), false, "预期性", null, "—"),
        new(16, "公共服务", "申领电子社保卡人口覆盖率", "%", M("40%", "40"), M("60%", "60"), false, "预期性", 15, "—")
    ];

    private static GoldenPrevious[] PreviousRows => [
        new(1, "城镇新增就业", "万人", null, M("10", "10"), M("11.3", "11.3"), null, null),
        new(2, "城镇登记失业率", "%", null, M("＜5", "5", "<"), M("2.3", "2.3"), null, null),
        new(3, "养老保险参保率", "%", null, M("＞90", "90", ">"), M("92.13", "92.13"), null, null),
        new(4, "失业保险参保人数", "万人", null, M("10", "10"), M("10.1", "10.1"), null, null),
        new(5, "工伤保险参保人数", "万人", null, M("12", "12"), M("12.6", "12.6"), null, null),
        new(6, "专业技术人才总量", "万人", null, M("6", "6"), M("6.2", "6.2"), null, null),
        new(7, "高、中、初级专业技术职务结构比例", "%", null, M("1：4：5"), M("1：4：5"), null, null),
        new(8, "高技能人才总量", "万人", null, M("4", "4"), M("4.1", "4.1"), null, null),
        new(9, "企业劳动合同签订率", "%", null, M("92", "92"), M("94.4", "94.4"), null, null),
        new(10, "劳动人事争议调解成功率", "%", null, M("＞60", "60", ">"), M("70", "70"), null, null),
        new(11, "劳动保障监察举报投诉结案率", "%", null, M("96", "96"), M("100", "100"), null, null),
        new(12, "劳动人事争议仲裁按期结案率", "%", null, M("95", "95"), M("99", "99"), null, null),
        new(13, "社会保障卡持卡人口覆盖率", "%", null, M("90", "90"), M("93.45", "93.45"), null, null)
    ];

    private static string[] ChapterOutline => [
        "开启人社事业发展新征程|“十三五”时期工作成效;面临的机遇和挑战",
        "指导思想、基本原则和总体目标|指导思想;基本原则;总体目标",
        "推进武鄂人社一体化发展|推进就业创业领域一体化发展;推进社会保险领域一体化发展;推进人才服务领域一体化发展;推进劳动监察领域一体化发展;推进社保卡领域一体化发展",
        "推动实现更加充分更高质量就业|大力实施就业优先政策;完善重点群体就业支持体系;鼓励支持创业带动就业、多渠道灵活就业;大规模开展职业技能培训;支持人力资源服务业高质量发展;推进全方位公共就业服务;发挥失业保险稳就业功能",
        "构建多层次可持续的社会保障体系|完善社会保障制度体系;扩大社会保险覆盖面;落实社会保障待遇调整政策;加强社会保障经办服务体系建设;加强社会保险基金监管",
        "优化“新鄂州人”政策体系|加强专业技术人才队伍建设;加强技能人才队伍建设;强化人才信息化服务;深化事业单位人事制度改革;加强表彰奖励工作;提升人事考试科学化水平",
        "深化工资收入分配制度改革|推进企业工资薪酬机制改革;完善事业单位工资制度",
        "着力构建和谐劳动关系|健全劳动关系协调机制;推进劳动人事争议调处多元化发展;提升劳动保障监察执法效能;加强农民工服务保障工作",
        "提高公共服务能力和质量|加强人社系统行风建设;提升基本公共服务信息化水平;推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
        "强化保障措施|推进依法行政;加大财政投入;强化统计支持;加强宣传引导;加强干部队伍建设;强化规划实施"
    ];

    private static string[] SpecialColumnList => [
        "1|“十三五”发展计划指标完成情况表|indicators",
        "2|“十四五”时期主要指标|indicators",
        "3|促进就业工程|items|高校毕业生就业创业促进计划;零工市场建设项目;劳务品牌培育建设",
        "4|人力资源服务业发展行动计划|items|领军企业培育计划;领军人才培养计划;产业园区建设计划;诚信主题创建行动",
        "5|社会保险工程|items|建立多层次养老保险体系;推进工伤预防专项行动;配合做好失业保险省级统筹",
        "6|专业技术人才支持计划|items|实施博士后人才倍增计划;开展院士专家服务基层活动;实施高层次人才引进培养计划;实施青年人才培养工程",
        "7|技能人才振兴计划|items|人才培育载体建设项目;职业技能竞赛活动;职业技能等级认定示范工程",
        "8|劳动关系“和谐同行”计划|items|和谐劳动关系个十百计划;重点企业用工指导计划;劳动关系和谐企业、工业园区和先进个人评选表彰",
        "9|“信用+劳动保障”计划|items|守法诚信等级评价攻坚行动;用人单位分类监管行动;信用信息共享计划;劳动保障信用宣传计划"
    ];

    public static void Metadata(ParsedPlan plan) => City.Metadata(plan);

    public static void MainIndicators(ParsedPlan plan) => City.MainIndicators(plan);

    public static void PreviousPeriod(ParsedPlan plan) => City.PreviousPeriod(plan);

    public static void SpecialColumns(ParsedPlan plan) => City.SpecialColumns(plan);

    public static void Chapters(ParsedPlan plan) => City.Chapters(plan);

    public static void Projects(ParsedPlan plan) => City.Projects(plan);
}
