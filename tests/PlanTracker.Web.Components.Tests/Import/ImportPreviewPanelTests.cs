using Bunit;
using PlanTracker.Data.Importing;
using PlanTracker.Import.Model;
using PlanTracker.Web.Features.Import;

namespace PlanTracker.Web.Components.Tests.Import;

/// <summary>The import preview: what was read from 长沙's plan text, its parser notes, and when 确认导入 may be clicked.</summary>
public class ImportPreviewPanelTests : PortalComponentTest
{
    private static readonly PlanDiff NewPlan = new(true, [], [], [], [], [], []);

    [Fact]
    public void The_preview_shows_the_plan_as_read_with_its_counts_and_main_indicators()
    {
        var panel = Render(Preview(SeedPlans.Changsha(), NewPlan));

        Assert.Equal("预览：长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）", panel.Find("h2").TextContent);
        Assert.Contains("长政办发〔2021〕73号", panel.Find(".plan-meta").TextContent);
        Assert.Equal("9 章 · 13 项主要指标 · 9 个专栏 · 0 个项目", panel.Find("[data-testid=preview-counts]").TextContent);
        Assert.Equal(13, panel.FindAll("[data-testid=indicator-table] tbody tr:not(.category-row)").Count);
        Assert.Contains("确认后将新建", panel.Find("[data-testid=import-diff]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=import-warnings]"));
    }

    [Fact]
    public void Parser_notes_are_listed_with_their_line_numbers_and_counted()
    {
        var plan = SeedPlans.Changsha() with
        {
            Warnings = [new ParseWarning(113, "专栏2 的表头与常见格式不同，已按列位置读取。"), new ParseWarning(132, "脚注“注：[]内为5年累计数”已作为表注读取。")],
        };

        var panel = Render(Preview(plan, NewPlan));

        Assert.Contains("解析提示 2 条", panel.Find("[data-testid=import-warnings]").TextContent);
        Assert.Equal(
            ["第 113 行：专栏2 的表头与常见格式不同，已按列位置读取。", "第 132 行：脚注“注：[]内为5年累计数”已作为表注读取。"],
            panel.FindAll("[data-testid=import-warning]").Select(w => w.TextContent));
    }

    [Fact]
    public void A_new_plan_can_be_confirmed_and_says_no_removals_were_acknowledged()
    {
        bool? confirmed = null;
        var panel = Render(Preview(SeedPlans.Changsha(), NewPlan), onConfirm: removals => confirmed = removals);

        Assert.False(ConfirmButton(panel).HasAttribute("disabled"));
        ConfirmButton(panel).Click();

        Assert.False(confirmed);
    }

    [Fact]
    public void An_import_that_drops_an_indicator_waits_until_the_removal_is_acknowledged()
    {
        var drops = new PlanDiff(false, [], ["劳动保障监察举报投诉案件结案率"], [], [], [], []);
        bool? confirmed = null;
        var panel = Render(Preview(SeedPlans.Changsha(), drops), onConfirm: removals => confirmed = removals);

        Assert.True(ConfirmButton(panel).HasAttribute("disabled"));
        Assert.Contains("将删除指标：劳动保障监察举报投诉案件结案率", panel.Find(".diff-removed").TextContent);
        ConfirmButton(panel).Click();
        Assert.Null(confirmed);

        panel.Find("input[type=checkbox][data-testid=confirm-removals]").Change(true);

        Assert.False(ConfirmButton(panel).HasAttribute("disabled"));
        ConfirmButton(panel).Click();
        Assert.True(confirmed);
    }

    [Fact]
    public void A_file_imported_before_or_a_running_import_cannot_be_confirmed()
    {
        var again = Render(Preview(SeedPlans.Changsha(), null) with { AlreadyImported = true, ExistingPlanId = 2 });
        var busy = Render(Preview(SeedPlans.Changsha(), NewPlan), busy: true);

        Assert.Contains("该文件就是规划的当前版本", again.Find("[data-testid=already-imported]").TextContent);
        Assert.True(ConfirmButton(again).HasAttribute("disabled"));
        Assert.True(ConfirmButton(busy).HasAttribute("disabled"));
        Assert.True(busy.Find("[data-testid=cancel-import]").HasAttribute("disabled"));
    }

    private static ImportPreview Preview(ParsedPlan plan, PlanDiff? diff) =>
        new("001_89ddb6cf686b81bb.txt", "6ee92159", plan, "UTF-8", [], diff, false, null);

    private IRenderedComponent<ImportPreviewPanel> Render(ImportPreview preview, bool busy = false, Action<bool>? onConfirm = null) =>
        Render<ImportPreviewPanel>(p => p
            .Add(c => c.Preview, preview)
            .Add(c => c.Busy, busy)
            .Add(c => c.OnConfirm, removals => onConfirm?.Invoke(removals)));

    private static AngleSharp.Dom.IElement ConfirmButton(IRenderedComponent<ImportPreviewPanel> panel) => panel.Find("[data-testid=confirm-import]");
}
