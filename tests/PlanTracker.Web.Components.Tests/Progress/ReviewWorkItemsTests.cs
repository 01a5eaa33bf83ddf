using Bunit;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>The review page's 专栏 list: each item and project with what was reported for the year, 未填报 where nothing was.</summary>
public class ReviewWorkItemsTests : PortalComponentTest
{
    [Fact]
    public void Each_item_and_project_shows_the_years_figures_and_empty_ones_say_so()
    {
        // 长沙 专栏4 item 2 (seeds/001) reported, item 1 not; 湘西's project (seeds/002: 十四五投资 10 亿元) with 2.5 this year after 1 before.
        var training = new ItemProgressView(2, 2, "职业技能提升行动", "大规模开展就业技能培训…",
            [new ItemTargetView(7, "认定50家以上的重点企业职工培训中心", 50m, "家", Comparator.GreaterOrEqual, null, new Dictionary<int, decimal>())], []);
        var lifelong = new ItemProgressView(1, 1, "终身职业技能培训制度", "建立覆盖城乡…", [], []);
        var project = new ProjectProgressView(5, "湘西州创新创业孵化基地建设", "续建", "2021—2025", 15m, 10m, [new YearProgress(2023, 10m, WorkStatus.InProgress, 1m, null)]);
        var request = new SaveItemProgressRequest
        {
            Year = 2024,
            Items =
            [
                new ItemProgressInput { ItemId = 1, Name = lifelong.Title },
                new ItemProgressInput { ItemId = 2, Name = training.Title, PercentComplete = 60m, Status = WorkStatus.InProgress, Note = "新认定12家" },
            ],
            Projects = [new ProjectProgressInput { ProjectId = 5, Name = project.Name, HasInvestment = true, CompletedInvestment = 2.5m, PercentComplete = 35m, Status = WorkStatus.Delayed }],
            TargetValues = [new ItemTargetValueInput { ItemTargetId = 7, Phrase = "认定50家以上的重点企业职工培训中心", Unit = "家", Value = 12m }],
        };
        var form = new ItemProgressForm(1, 2024, [new ColumnProgressView(4, 4, "职业培训专项行动", [lifelong, training])], [project], request);

        var cut = Render<ReviewWorkItems>(p => p.Add(w => w.Form, form).Add(w => w.Year, 2024));

        Assert.Equal("已填报 2 / 3 项（专栏条目 2 项、重点项目 1 个）", cut.Find("[data-testid='review-work-count']").TextContent);
        var reported = cut.Find("tr[data-review-item='职业技能提升行动']");
        Assert.Contains("认定50家以上的重点企业职工培训中心：12 家", reported.TextContent, StringComparison.Ordinal);
        Assert.Contains("60%", reported.TextContent, StringComparison.Ordinal);
        Assert.Contains("新认定12家", reported.TextContent, StringComparison.Ordinal);
        var empty = cut.Find("tr[data-review-item='终身职业技能培训制度']");
        Assert.Contains("work-empty", empty.ClassList);
        Assert.Contains("未填报", empty.TextContent, StringComparison.Ordinal);
        var investment = cut.Find("tr[data-review-project='湘西州创新创业孵化基地建设'] td[data-label='本年完成投资']").TextContent;
        Assert.Contains("2.5 亿元", investment, StringComparison.Ordinal);
        Assert.Contains("（累计 3.5 / 10 亿元）", investment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leader_writes_a_comment_on_an_item_and_sees_what_the_last_return_asked_of_a_project()
    {
        var training = new ItemProgressView(2, 2, "职业技能提升行动", "大规模开展就业技能培训…", [], []);
        var project = new ProjectProgressView(5, "湘西州创新创业孵化基地建设", "续建", "2021—2025", 15m, 10m, []);
        var request = new SaveItemProgressRequest
        {
            Year = 2024,
            Items = [new ItemProgressInput { ItemId = 2, Name = training.Title }],
            Projects = [new ProjectProgressInput { ProjectId = 5, Name = project.Name, HasInvestment = true }],
        };
        var form = new ItemProgressForm(1, 2024, [new ColumnProgressView(4, 4, "职业培训专项行动", [training])], [project], request);
        var written = new List<RowComment>();
        var earlier = new Dictionary<ReportRow, string> { [ReportRow.Project(5)] = "请填写本年完成投资" };

        var cut = Render<ReviewWorkItems>(p => p.Add(w => w.Form, form).Add(w => w.Year, 2024).Add(w => w.CanComment, true)
            .Add(w => w.EarlierComments, earlier).Add(w => w.RowCommentChanged, c => written.Add(c)));

        Assert.Equal("上次退回时的意见：请填写本年完成投资", cut.Find("tr[data-earlier-comment='湘西州创新创业孵化基地建设（重点项目）']").TextContent);
        Assert.Empty(cut.FindAll("textarea[data-testid='review-row-comment']"));
        cut.Find("tr[data-review-item='职业技能提升行动'] [data-testid='review-row-comment-toggle']").Click();
        Assert.Equal("对“职业技能提升行动（专栏4）”的意见（随“退回”发给填报员，留空则不发）", cut.Find("tr[data-row-comment] label").TextContent);
        cut.Find("textarea[data-testid='review-row-comment']").Change("请写明培训人次");
        Assert.Equal([new RowComment(ReportRow.Item(2), "请写明培训人次")], written);
        Assert.All(cut.FindAll("tr.column-row th"), th => Assert.Equal("6", th.GetAttribute("colspan")));
    }

    [Fact]
    public void Without_the_right_to_return_there_is_no_comment_column()
    {
        var training = new ItemProgressView(2, 2, "职业技能提升行动", "大规模开展就业技能培训…", [], []);
        var request = new SaveItemProgressRequest { Year = 2024, Items = [new ItemProgressInput { ItemId = 2, Name = training.Title }] };
        var form = new ItemProgressForm(1, 2024, [new ColumnProgressView(4, 4, "职业培训专项行动", [training])], [], request);

        var cut = Render<ReviewWorkItems>(p => p.Add(w => w.Form, form).Add(w => w.Year, 2024));

        Assert.Empty(cut.FindAll("[data-testid='review-row-comment-toggle']"));
        Assert.Equal(5, cut.FindAll("thead th").Count);
    }
}
