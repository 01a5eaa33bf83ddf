using PlanTracker.Domain.Plans;
using Bunit;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Components.Tests.Plans;

/// <summary>A plan's parts as tabs (values from the seed texts: 长沙's 专栏1–3, 湘西's project table).</summary>
public class PlanTabsTests : PortalComponentTest
{
    private static readonly Dictionary<string, string> NoExtra = [];

    [Fact]
    public void A_plan_without_a_project_table_has_no_projects_tab()
    {
        var tabs = Render(Changsha());

        Assert.Equal(["主要指标（2）", "章节", "专栏（1）", "“十三五”完成情况", "规划调整", "导入版本（1）"], TabTitles(tabs));
        Assert.Equal("true", tabs.FindAll("[role=tab]")[0].GetAttribute("aria-selected"));
        Assert.Equal(["[71.42]", "[75]"], tabs.FindAll("[data-testid=indicator-table] tbody tr:not(.category-row)")[0].QuerySelectorAll("td.num").Skip(1).Select(c => c.TextContent));
    }

    [Fact]
    public void The_chapters_tab_shows_the_text_with_an_outline_that_stays_on_the_page()
    {
        var tabs = Render(Changsha());

        Tab(tabs, "章节").Click();

        Assert.Equal("第一章 发展基础和面临形势", tabs.Find("#chapter-1 h2").TextContent);
        Assert.Equal("第一节 发展基础", tabs.Find("#chapter-1 h3").TextContent);
        Assert.Equal(["plans/2#chapter-1", "plans/2#chapter-2"], tabs.FindAll(".chapter-outline a").Select(a => a.GetAttribute("href")));
        Assert.Empty(tabs.FindAll("[data-testid=indicator-table]"));
    }

    [Fact]
    public void The_special_columns_tab_lists_the_items_and_their_targets()
    {
        var tabs = Render(Changsha());

        Tab(tabs, "专栏（1）").Click();

        Assert.StartsWith("专栏3 就业创业提升行动计划", tabs.Find("#column-3 h3").TextContent);
        Assert.Equal("不少于10万人（2025年）", tabs.Find("#column-3 .target-chip").TextContent.Trim());
    }

    [Fact]
    public void A_plan_with_projects_gets_a_projects_tab_with_the_investment_as_printed()
    {
        var plan = Changsha() with
        {
            Projects = [new ProjectView(1, "湘西州创新创业孵化基地建设", "续建", "湘西州", "湘西州人社局、8县市人民政府、湘西经开区管委会", "提质升级全州10个创新创业孵化基地", "2021—2025", 15.0m, 10m, "上级投资、地方自筹")],
        };
        var tabs = Render(plan);

        Tab(tabs, "重点项目（1）").Click();

        var cells = tabs.Find("[data-testid=project-table] tbody tr").QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(["湘西州创新创业孵化基地建设", "续建", "2021—2025", "15.0", "10"], [cells[1], cells[2], cells[6], cells[7], cells[8]]);
        Assert.Equal(["合计", "15.0", "10"], tabs.FindAll("[data-testid=project-table] tfoot td").Select(c => c.TextContent).Where(t => t.Length > 0));
    }

    [Fact]
    public void A_plan_without_a_main_indicator_table_says_so()
    {
        var tabs = Render(Changsha() with { Indicators = [] });

        Assert.Equal("主要指标（0）", TabTitles(tabs)[0]);
        Assert.Equal("未识别出主要指标表", tabs.Find(".empty-title").TextContent);
    }

    private static PlanDetail Changsha() => new(
        new PlanSummary(2, "长沙市", "长沙市", "湖南省", "长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）", "长政办发〔2021〕73号", "长沙市人民政府办公厅", new DateOnly(2021, 12, 31), 2, 0, 1, 0, 1, 2021, 2025),
        "注：[]内为5年累计数",
        [
            new IndicatorRow(1, "就业", "城镇新增就业人数", "万人", "[71.42]", "[75]", true, "预期性", false, NoExtra),
            new IndicatorRow(7, "社会保障", "失业保险参保人数", "万人", "182.8", "212.7", false, "约束性", false, NoExtra),
        ],
        [new PreviousResultRow(1, "城镇新增就业人数", "万人", "[70.96]", "[60]", "[71.42]", null, false)],
        [
            new ChapterView(1, "发展基础和面临形势", [], [new SectionView(1, "发展基础", ["全市累计城镇新增就业71.42万人，约占全省五分之一。"])]),
            new ChapterView(2, "指导思想、基本原则和发展目标", [], []),
        ],
        [new SpecialColumnView(3, "就业创业提升行动计划", "items", 3, null,
            [new SpecialColumnItemView(1, "高校毕业生就业创业促进计划", "高校毕业生就业创业促进计划。", [new ItemTargetView("帮扶10万人", 10m, "万人", ">=", 2025)])])],
        [],
        [new SourceDocumentView(7, "001_89ddb6cf686b81bb.txt", "6ee92159472ebcc896725ae38884b9ab3a83b829c34003baeb653ff8695534f3", "tab-separated", "UTF-8", 0, DateTimeOffset.UnixEpoch, "admin", SourceOrigin.File, null, true, []) { IsCurrent = true }]);

    private IRenderedComponent<PlanTabs> Render(PlanDetail plan) =>
        Render<PlanTabs>(p => p.Add(t => t.Plan, plan).Add(t => t.BasePath, "plans/2"));

    private static List<string> TabTitles(IRenderedComponent<PlanTabs> tabs) => [.. tabs.FindAll("[role=tab]").Select(t => t.TextContent.Trim())];

    private static AngleSharp.Dom.IElement Tab(IRenderedComponent<PlanTabs> tabs, string title) =>
        tabs.FindAll("[role=tab]").Single(t => t.TextContent.Trim() == title);
}
