using Bunit;
using PlanTracker.Data.Importing;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Components.Tests.Import;

/// <summary>How an import differs from the stored plan (indicator names and values from 长沙's 专栏2).</summary>
public class ImportDiffViewTests : PortalComponentTest
{
    [Fact]
    public void A_city_without_a_plan_is_told_the_plan_will_be_created()
    {
        var view = Render(new PlanDiff(true, ["城镇新增就业人数"], [], [], [], [], []), "岳阳市");

        Assert.Equal("系统中还没有岳阳市 2021—2025 年的规划，确认后将新建。", view.Find("[data-testid=diff-new-plan]").TextContent.Trim());
        Assert.Empty(view.FindAll(".diff-list"));
    }

    [Fact]
    public void The_same_indicators_only_update_the_texts()
    {
        var view = Render(new PlanDiff(false, [], [], [], [], [], []), "长沙市");

        Assert.Contains("与已存规划的指标一致", view.Find("[data-testid=diff-unchanged]").TextContent);
    }

    [Fact]
    public void Changes_are_listed_by_kind_and_removals_are_marked()
    {
        var diff = new PlanDiff(
            false,
            ["新增取得高级工以上职业资格证书或职业技能等级证书人数"],
            ["劳动保障监察举报投诉案件结案率"],
            [new IndicatorChange("工伤保险参保人数", "180", "185")],
            [new IndicatorChange("失业保险参保人数", "182.8", "182.9")],
            ["专栏3 1. 高校毕业生就业创业促进计划"],
            []);

        var view = Render(diff, "长沙市");

        Assert.Equal("与已存规划的差异（5 处）", view.Find("h3").TextContent);
        Assert.Contains("导入将删除", view.Find("[data-testid=diff-drops]").TextContent);
        Assert.Equal(["新增指标：新增取得高级工以上职业资格证书或职业技能等级证书人数"], Texts(view, ".diff-added"));
        Assert.Equal(["将删除指标：劳动保障监察举报投诉案件结案率", "将删除专栏条目：专栏3 1. 高校毕业生就业创业促进计划"], Texts(view, ".diff-removed"));
        Assert.Equal(["2025年目标变化：工伤保险参保人数　180 → 185", "2020年基数变化：失业保险参保人数　182.8 → 182.9"], Texts(view, ".diff-changed"));
    }

    [Fact]
    public void Changed_values_alone_ask_for_no_acknowledgement()
    {
        var view = Render(new PlanDiff(false, [], [], [new IndicatorChange("工伤保险参保人数", "180", "185")], [], [], []), "长沙市");

        Assert.Empty(view.FindAll("[data-testid=diff-drops]"));
        Assert.Single(view.FindAll(".diff-changed"));
    }

    private IRenderedComponent<ImportDiffView> Render(PlanDiff diff, string region) =>
        Render<ImportDiffView>(p => p.Add(v => v.Diff, diff).Add(v => v.Region, region).Add(v => v.PeriodStart, 2021).Add(v => v.PeriodEnd, 2025));

    private static List<string> Texts(IRenderedComponent<ImportDiffView> view, string selector) =>
        [.. view.FindAll(selector).Select(e => e.TextContent.Trim())];
}
