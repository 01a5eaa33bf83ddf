using Bunit;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>
/// 专栏 items and projects on the entry page: 长沙's 专栏4 item 2 with its target “认定50家以上的重点企业职工培训中心”
/// (seeds/001) and 湘西's project 湘西州创新创业孵化基地建设, 总投资 15.0 亿元, “十四五”投资 10 亿元 (seeds/002).
/// </summary>
public class ItemProgressTablesTests : PortalComponentTest
{
    [Fact]
    public void A_project_shows_the_investment_so_far_against_its_in_period_investment()
    {
        var (form, input) = XiangxiIncubator(earlier: []);
        var cut = Render<ProjectProgressTable>(p => p.Add(t => t.Form, form));

        Assert.Equal("15 / 10", cut.Find("tr[data-project] td.num").TextContent.Trim());
        cut.Find("input.progress-investment").Change("2.5");

        Assert.Equal(2.5m, input.CompletedInvestment);
        Assert.Equal("2.5 / 10（25%）", cut.Find(".cumulative-investment").TextContent);
        Assert.Equal("decimal", cut.Find("input.progress-investment").GetAttribute("inputmode"));
    }

    [Fact]
    public void Earlier_years_count_towards_the_total_and_a_negative_investment_is_refused_at_the_field()
    {
        var (form, _) = XiangxiIncubator(earlier: [new YearProgress(2021, 20m, WorkStatus.InProgress, 1.5m, null), new YearProgress(2022, 40m, WorkStatus.InProgress, 2m, null)]);
        var cut = Render<ProjectProgressTable>(p => p.Add(t => t.Form, form));

        cut.Find("input.progress-investment").Change("1");
        Assert.Equal("4.5 / 10（45%）", cut.Find(".cumulative-investment").TextContent);
        Assert.Equal(["2021：进行中 20%", "2022：进行中 40%"], cut.FindAll(".earlier-years div").Select(d => d.TextContent));

        cut.Find("input.progress-investment").Change("-1");
        Assert.Equal("“湘西州创新创业孵化基地建设”的完成投资不能为负数。", cut.Find(".field-error").TextContent);
        Assert.Equal("true", cut.Find("input.progress-investment").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void An_items_target_gets_its_own_input_and_percent_and_status_are_checked_together_at_the_field()
    {
        var item = new ItemProgressView(21, 2, "职业技能提升行动", "大规模开展就业技能培训、岗位技能提升培训和创业培训……认定50家以上的重点企业职工培训中心。",
            [new ItemTargetView(31, "认定50家以上的重点企业职工培训中心", 50m, "家", Comparator.GreaterOrEqual, null, new Dictionary<int, decimal>())], []);
        var request = new SaveItemProgressRequest
        {
            RegionId = 2,
            Year = 2022,
            Items = [new ItemProgressInput { ItemId = 21, Name = "职业技能提升行动" }],
            TargetValues = [new ItemTargetValueInput { ItemTargetId = 31, Phrase = "认定50家以上的重点企业职工培训中心", Unit = "家" }],
        };
        var form = new ItemProgressForm(2, 2022, [new ColumnProgressView(4, 4, "职业培训专项行动", [item])], [], request);
        var cut = Render<ColumnProgressTable>(p => p.Add(t => t.Form, form));

        Assert.Equal("专栏4 职业培训专项行动", cut.Find("tr.column-row").TextContent);
        // Labelled with what it measures (the plan's phrase), the target beside it.
        Assert.Equal("认定50家以上的重点企业职工培训中心 （目标 ≥50 家）", cut.Find("[data-target] .target-text").TextContent);
        cut.Find("input.target-value").Change("12");
        Assert.Equal(12m, request.TargetValues[0].Value);

        var row = cut.Find("tr[data-item='职业技能提升行动']");
        cut.Find("input.progress-percent").Change("45");
        Assert.Equal("“职业技能提升行动”已填写进展，请选择状态（未开始/进行中/已完成/滞后）。", cut.Find("td[data-label='状态'] .field-error").TextContent);
        cut.Find("select.progress-status").Change(nameof(WorkStatus.Completed));
        Assert.Equal("“职业技能提升行动”状态为已完成，完成百分比应为 100。", cut.Find("td[data-label='完成百分比（%）'] .field-error").TextContent);
        cut.Find("select.progress-status").Change(nameof(WorkStatus.InProgress));
        Assert.Empty(cut.FindAll(".field-error"));
        Assert.NotNull(row);
    }

    [Fact]
    public void A_returned_projects_comment_shows_under_its_name_and_a_link_to_it_moves_the_focus_to_its_inputs()
    {
        var (form, _) = XiangxiIncubator(earlier: []);
        var project = ReportRow.Project(5);
        var cut = Render<ProjectProgressTable>(p => p.Add(t => t.Form, form).Add(t => t.Comments, new Dictionary<ReportRow, string> { [ReportRow.Item(5)] = "另一行", [project] = "请填写本年完成投资" }));

        Assert.Equal("审核意见：请填写本年完成投资", cut.Find("tr[data-project] .item-cell [data-testid='entry-row-comment']").TextContent);
        JSInterop.VerifyNotInvoke("Blazor._internal.domWrapper.focus");

        cut.Render(p => p.Add(t => t.Focus, new RowFocus(project, 1)));
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1);
        cut.Render(p => p.Add(t => t.Focus, new RowFocus(project, 1)));
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1);
        cut.Render(p => p.Add(t => t.Focus, new RowFocus(ReportRow.Item(5), 2)));
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1);
    }

    [Fact]
    public void The_section_shows_only_the_returns_comments_on_items_and_projects()
    {
        var item = new ItemProgressView(21, 2, "职业技能提升行动", "大规模开展就业技能培训……", [], []);
        var request = new SaveItemProgressRequest { RegionId = 2, Year = 2022, Items = [new ItemProgressInput { ItemId = 21, Name = "职业技能提升行动" }] };
        var form = new ItemProgressForm(2, 2022, [new ColumnProgressView(4, 4, "职业培训专项行动", [item])], [], request);
        var returned = new ReviewComment("Return", null, DateTimeOffset.UnixEpoch, "长沙审核人",
            [new(ReportRow.Indicator(21), "城镇新增就业人数", "请核实"), new(ReportRow.Item(21), "职业技能提升行动（专栏4）", "请写明培训人次")]);

        var cut = Render<ItemProgressSection>(p => p.Add(s => s.Form, form).Add(s => s.Editable, true).Add(s => s.Return, returned));

        // Item 21 and indicator 21 are different rows: only the item's comment shows here.
        Assert.Equal(["审核意见：请写明培训人次"], cut.FindAll("[data-testid='entry-row-comment']").Select(c => c.TextContent));
    }

    private static (ItemProgressForm Form, ProjectProgressInput Input) XiangxiIncubator(IReadOnlyList<YearProgress> earlier)
    {
        var input = new ProjectProgressInput { ProjectId = 5, Name = "湘西州创新创业孵化基地建设", HasInvestment = true };
        var project = new ProjectProgressView(5, "湘西州创新创业孵化基地建设", "续建", "2021—2025", 15.0m, 10m, earlier);
        var request = new SaveItemProgressRequest { RegionId = 3, Year = 2023, Projects = [input] };
        return (new ItemProgressForm(3, 2023, [], [project], request), input);
    }
}
