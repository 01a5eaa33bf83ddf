using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests.Word;

/// <summary>Every golden table of a seed (the 十四五 main table, the 十三五 results, the projects), scored against a plan.</summary>
internal static class SeedGolden
{
    public static IReadOnlyList<GoldenScore> Score(string seed, ParsedPlan plan) => seed switch
    {
        Seeds.ZhuzhouPdf or Seeds.ZhuzhouMarkdown =>
        [
            GoldenScore.Rows<ZhuzhouGoldenTests>("主要指标", nameof(ZhuzhouGoldenTests.MainIndicator), plan, plan.Indicators.Count, seed == Seeds.ZhuzhouMarkdown),
            GoldenScore.Rows<ZhuzhouGoldenTests>("十三五", nameof(ZhuzhouGoldenTests.ThirteenthPlanResult), plan, plan.PreviousPeriod.Count, seed == Seeds.ZhuzhouMarkdown),
            NoProjects(plan),
        ],
        Seeds.Changsha =>
        [
            GoldenScore.Rows<ChangshaGoldenTests>("主要指标", nameof(ChangshaGoldenTests.MainIndicator), plan, plan.Indicators.Count),
            GoldenScore.Rows<ChangshaGoldenTests>("十三五", nameof(ChangshaGoldenTests.ThirteenthPlanResult), plan, plan.PreviousPeriod.Count),
            NoProjects(plan),
        ],
        Seeds.Xiangxi =>
        [
            GoldenScore.Rows<XiangxiGoldenTests>("主要指标", nameof(XiangxiGoldenTests.MainIndicator), plan, plan.Indicators.Count),
            GoldenScore.Single("十三五", p => Assert.Empty(p.PreviousPeriod), plan),
            GoldenScore.Single("项目", XiangxiGoldenTests.AssertProject, plan),
        ],
        Seeds.Ezhou =>
        [
            GoldenScore.Rows<EzhouGoldenTests>("主要指标", nameof(EzhouGoldenTests.MainIndicator), plan, plan.Indicators.Count),
            GoldenScore.Rows<EzhouGoldenTests>("十三五", nameof(EzhouGoldenTests.ThirteenthPlanResult), plan, plan.PreviousPeriod.Count),
            NoProjects(plan),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(seed), seed, "no golden values"),
    };

    private static GoldenScore NoProjects(ParsedPlan plan) => GoldenScore.Single("项目", p => Assert.Empty(p.Projects), plan);
}
