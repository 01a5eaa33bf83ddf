using Bunit;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Workbook;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>
/// The import preview of a filled-in 长沙 form (seeds/001's indicator order: 城镇新增就业人数 is the form's first row, sheet
/// row 4 under the title, hint and header rows; 失业保险参保人数 the seventh, row 10).
/// </summary>
public class WorkbookPreviewTableTests : PortalComponentTest
{
    private static readonly WorkbookPreview Preview = new(
        [],
        [
            new WorkbookRowChange(4, 1, "城镇新增就业人数", [new("本年数值", WorkbookFieldChange.Empty, "16.2")]),
            new WorkbookRowChange(10, 7, "失业保险参保人数", [new("本年数值", "188.5", "190.5"), new("数据来源", WorkbookFieldChange.Empty, "市社保局年报")]),
        ],
        new SaveProgressRequest { RegionId = 1, Year = 2022 },
        new Dictionary<int, RowFields>());

    [Fact]
    public void Each_changed_indicator_lists_its_fields_old_beside_new_under_its_sheet_row()
    {
        var cut = Render<WorkbookPreviewTable>(p => p.Add(t => t.Preview, Preview));

        Assert.Equal("导入预览：2 个指标有修改", cut.Find("h2").TextContent);
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["城镇新增就业人数", "失业保险参保人数", "失业保险参保人数"], rows.Select(r => r.GetAttribute("data-indicator")));
        Assert.Equal(["4", "城镇新增就业人数", "本年数值", "（空）", "16.2"], rows[0].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal("2", rows[1].QuerySelector("td")!.GetAttribute("rowspan"));
        Assert.Equal(["数据来源", "（空）", "市社保局年报"], rows[2].QuerySelectorAll("td").Select(c => c.TextContent));
        // An empty old value reads muted, a real one struck through; the new value stands out.
        Assert.Equal(["muted", "sheet-old", "muted"], rows.Select(r => r.QuerySelectorAll("td")[^2].ClassName));
        Assert.All(rows, r => Assert.Equal("sheet-new", r.QuerySelectorAll("td")[^1].ClassName));
    }

    [Fact]
    public void Confirm_and_cancel_raise_their_callbacks()
    {
        var (confirmed, cancelled) = (0, 0);
        var cut = Render<WorkbookPreviewTable>(p => p.Add(t => t.Preview, Preview).Add(t => t.OnConfirm, () => confirmed++).Add(t => t.OnCancel, () => cancelled++));

        cut.Find("[data-testid='sheet-confirm']").Click();
        cut.Find("[data-testid='sheet-cancel']").Click();

        Assert.Equal((1, 1), (confirmed, cancelled));
        Assert.Empty(cut.FindAll("[data-testid='sheet-unsaved']"));
    }

    [Fact]
    public void Unsaved_typing_on_the_page_is_named_and_blocks_the_import()
    {
        string[] unsaved = ["城镇新增就业人数", "城镇调查失业率", "城镇登记失业率", "开展补贴性职业技能培训人次", "农民工参加职业培训人次", "基本养老保险参保覆盖率"];
        var cut = Render<WorkbookPreviewTable>(p => p.Add(t => t.Preview, Preview).Add(t => t.Unsaved, unsaved));

        Assert.Contains("（城镇新增就业人数、城镇调查失业率、城镇登记失业率、开展补贴性职业技能培训人次、农民工参加职业培训人次 等）", cut.Find("[data-testid='sheet-unsaved']").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid='sheet-confirm']").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid='sheet-cancel']").HasAttribute("disabled"));
    }

    [Fact]
    public void While_the_import_runs_both_buttons_wait()
    {
        var cut = Render<WorkbookPreviewTable>(p => p.Add(t => t.Preview, Preview).Add(t => t.Busy, true));

        Assert.True(cut.Find("[data-testid='sheet-confirm']").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid='sheet-cancel']").HasAttribute("disabled"));
    }
}
