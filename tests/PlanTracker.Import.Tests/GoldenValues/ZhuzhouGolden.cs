using PlanTracker.Import.Model;
using static PlanTracker.Import.Tests.GoldenValues.GoldenPlan;

namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>
/// 000 (PDF text dump) and 003 (Markdown with the issuing notice) are the same 株洲市 plan: one set of values, with
/// what the PDF dump lacks (the notice) or prints differently (the footnote's spacing, 专栏4's title) per source.
/// Printed texts compare without spaces for the PDF dump ("[ 1 ]" vs "[1]").
/// </summary>
internal static class ZhuzhouGolden
{
    public static readonly CityGolden Pdf = new(For(pdf: true));

    public static readonly CityGolden Markdown = new(For(pdf: false));

    private static GoldenPlan For(bool pdf) => new(
        pdf ? Seeds.ZhuzhouPdf : Seeds.ZhuzhouMarkdown,
        pdf
            ? new GoldenMetadata("株洲市", "株洲市“十四五”人力资源和社会保障事业发展规划", null, null, null, "注：〔〕内为五年积累数。")
            : new GoldenMetadata("株洲市", "株洲市“十四五”人力资源和社会保障事业发展规划", "株人社发〔2021〕51号", "株洲市人力资源和社会保障局", new DateOnly(2021, 12, 15), "注：〔 〕内为五年积累数。"),
        MainRows,
        PreviousRows,
        ChapterOutline,
        SpecialColumnList(pdf ? "职业技能提升行动业技能提升行动" : "职业技能提升行动职业技能提升行动"),
        [],
        CompactText: pdf);

    private static GoldenIndicator[] MainRows => [
        new(1, "就业", "城镇新增就业人数", "万人", M("28.58", "28.58"), M("[>25]", "25", ">"), true, "预期性", null),
        new(2, "就业", "城镇调查失业率", "%", M("5.6", "5.6"), M("<5.5", "5.5", "<"), false, "预期性", null),
        new(3, "就业", "开展各类职业培训人次", "万人次", M("—"), M("20", "20"), false, "预期性", null),
        new(4, "就业", "农民工参加职业培训人次", "万人次", M("—"), M("6", "6"), false, "预期性", 3),
        new(5, "社会保障", "基本养老保险参保人数", "万人", M("313.74", "313.74"), M("320", "320"), false, "预期性", null),
        new(6, "社会保障", "失业保险参保人数", "万人", M("43", "43"), M("43.9", "43.9"), false, "预期性", null),
        new(7, "社会保障", "工伤保险参保人数", "万人", M("55.65", "55.65"), M("60", "60"), false, "预期性", null),
        new(8, "人才人事", "专业技术人才总量", "万人", M("31.1", "31.1"), M("33", "33"), false, "预期性", null),
        new(9, "人才人事", "高级职称人才数量", null, M("—"), M("4.2", "4.2"), false, "预期性", 8),
        new(10, "人才人事", "新增取得专业技术人员职业资格证书人数", "万人", M("—"), M("[1]", "1"), true, "预期性", null),
        new(11, "人才人事", "新增取得职业资格证书或职业技能等级证书人数", "万人", M("—"), M("[20]", "20"), true, "预期性", null),
        new(12, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人", M("—"), M("[2]", "2"), true, "预期性", 11),
        new(13, "劳动关系", "劳动人事争议仲裁结案率", "%", M("90%", "90"), M("90%", "90"), false, "预期性", null),
        new(14, "劳动关系", "劳动保障监察举报投诉案件结案率", "%", M("95%", "95"), M("96%", "96"), false, "预期性", null)
    ];

    private static GoldenPrevious[] PreviousRows => [
        new(1, "城镇新增就业人数", "万人", null, M("[25.3]", "25.3"), M("[28.58]", "28.58"), "约束性", null),
        new(2, "城镇登记失业率", "%", null, M("≤4.5", "4.5", "<="), M("2.51", "2.51"), "约束性", null),
        new(3, "新增农村劳动力转移就业", "万人", null, M("[5.2]", "5.2"), M("[7.67]", "7.67"), "约束性", null),
        new(4, "城镇基本养老保险参保人数", "万人", null, M("114", "114"), M("120.14", "120.14"), "约束性", null),
        new(5, "城乡居民养老保险参保人数", "万人", null, M("182", "182"), M("193.6", "193.6"), "约束性", null),
        new(6, "基本养老保险覆盖率", "%", null, M(">95", "95", ">"), M(">95", "95", ">"), "预期性", null),
        new(7, "失业保险参保人数", "万人", null, M("37", "37"), M("43", "43"), "约束性", null),
        new(8, "工伤保险参保人数", "万人", null, M("60", "60"), M("55.65", "55.65"), "约束性", null),
        new(9, "人才队伍总量", "万人", null, M("66", "66"), M("66.78", "66.78"), "预期性", null),
        new(10, "专业技术人才总量", "万人", null, M("30", "30"), M("31.1", "31.1"), "预期性", 9),
        new(11, "高技能人才总量", "万人", null, M("12.5", "12.5"), M("13", "13"), "预期性", 9),
        new(12, "企业劳动合同签订率", "%", null, M("90", "90"), M(">92", "92", ">"), "预期性", null),
        new(13, "劳动人事争议调解仲裁结案率", "%", null, M(">90", "90", ">"), M(">95", "95", ">"), "预期性", null)
    ];

    private static string[] ChapterOutline => [
        "发展基础",
        "发展环境",
        "发展思路|指导思想;基本原则",
        "发展目标",
        "重点任务|实现更加充分和更高质量就业;完善覆盖全民的社会保障体系;大力加强人才队伍建设;规范事业单位人事管理;构建和谐劳动关系;全面加强服务能力建设",
        "保障措施|强化组织领导;加大财政投入;加强法治建设;加强队伍建设;加强宣传引导"
    ];

    private static string[] SpecialColumnList(string skills) => [
        "1|“十三五”时期主要指标完成情况|indicators",
        "2|“十四五”人力资源和社会保障事业发展主要指标|indicators",
        "3|就业创业提升行动计划|items|高校毕业生“三支一扶”计划;就业创业示范市县建设;促进就业创业行动",
        $"4|{skills}|items|终身职业技能培训制度;技能培训增效工程",
        "5|劳动关系提升工程计划|items|劳动关系公共服务提升工程;调解仲裁信息化项目;和谐劳动关系提升工程;重点企业用工指导计划",
        "6|农民工素质提升工程|items|农民工素质提升工程;农民工体面劳动计划",
        "7|信息化建设工程|items|人力资源社会保障信息化建设工程（金保工程二期）;开展人社信息化创新提升攻坚行动;社会保障“一卡通”建设;人力资源和社会保障行风建设提升行动;12333线上服务体系建设"
    ];
}
