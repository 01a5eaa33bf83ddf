using Bunit;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;
using PlanTracker.Web.Features.Import;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Components.Tests.Import;

/// <summary>
/// The corrections grid of the import preview on 长沙's table as read (表1, 13 rows; row 6 基本养老保险参保覆盖率 ≥96 → &gt;96 %),
/// and the versions list of the plan page with its corrections and 恢复此版本.
/// </summary>
public class IndicatorCorrectionGridTests : PortalComponentTest
{
    [Fact]
    public void Every_read_row_is_editable_and_a_retyped_target_takes_its_comparator_and_cumulative_mark()
    {
        var rows = Rows();
        var changes = 0;
        var grid = Render<IndicatorCorrectionGrid>(p => p.Add(g => g.Rows, rows).Add(g => g.OnChanged, () => changes++));

        Assert.Equal(13, grid.FindAll("[data-testid=correction-row]").Count);
        var pension = rows.FindIndex(r => r.Name == "基本养老保险参保覆盖率");
        Assert.Equal(">96", grid.FindAll("[data-testid=cell-target]")[pension].GetAttribute("value"));
        Assert.Equal(">", rows[pension].TargetComparator);

        grid.FindAll("[data-testid=cell-target]")[pension].Change("[≥97]");

        Assert.Equal(1, changes);
        Assert.Equal(">=", rows[pension].TargetComparator);
        Assert.True(rows[pension].Cumulative);
        var edit = rows[pension].ToEdit();
        Assert.Equal(pension, edit.SourceIndex);
        Assert.Equal("[≥97]", edit.Target);
    }

    [Fact]
    public void Rows_a_check_failed_on_are_marked()
    {
        var grid = Render<IndicatorCorrectionGrid>(p => p.Add(g => g.Rows, Rows()).Add(g => g.ErrorRows, new HashSet<int> { 2 }));

        var rows = grid.FindAll("[data-testid=correction-row]");
        Assert.Equal([2], rows.Select((r, i) => (r, i)).Where(x => x.r.ClassList.Contains("has-error")).Select(x => x.i));
        Assert.Equal("true", rows[2].GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Rows_are_deleted_and_added_with_the_next_number()
    {
        var rows = Rows();
        var grid = Render<IndicatorCorrectionGrid>(p => p.Add(g => g.Rows, rows));

        grid.FindAll("[data-testid=delete-row]")[0].Click();
        grid.Find("[data-testid=add-row]").Click();

        Assert.Equal(13, rows.Count);
        Assert.DoesNotContain(rows, r => r.SourceIndex == 0);
        Assert.Equal((null, 14), (rows[^1].SourceIndex, rows[^1].Number));
        Assert.Equal(13, grid.FindAll("[data-testid=correction-row]").Count);
    }

    [Fact]
    public void The_preview_switches_to_the_grid_and_lists_the_corrections()
    {
        var plan = SeedPlans.Changsha();
        var corrections = new[] { new CorrectionEntry("6 基本养老保险参保覆盖率", "目标值", ">966", ">96"), new CorrectionEntry("新增测试指标", IndicatorCorrections.AddedRow, null, "新增测试指标 · 万人") };
        var preview = new ImportPreview("长沙.txt", "ab", plan, "UTF-8", [], new PlanDiff(true, [], [], [], [], [], []), false, null) { ReadPlan = plan, Corrections = corrections };

        var asRead = Render<ImportPreviewPanel>(p => p.Add(c => c.Preview, preview));
        var editing = Render<ImportPreviewPanel>(p => p.Add(c => c.Preview, preview).Add(c => c.Edits, Rows()).Add(c => c.Checking, true));

        Assert.NotEmpty(asRead.FindAll("[data-testid=start-corrections]"));
        Assert.Empty(asRead.FindAll("[data-testid=correction-grid]"));
        Assert.NotEmpty(editing.FindAll("[data-testid=correction-grid]"));
        Assert.Equal(["6 基本养老保险参保覆盖率 · 目标值：>966 → >96", "新增行：新增测试指标 · 万人"], editing.FindAll("[data-testid=correction]").Select(c => c.TextContent));
        // While the last change is being checked the preview may be a step behind: it cannot be confirmed.
        Assert.True(editing.Find("[data-testid=confirm-import]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_versions_list_names_restores_and_offers_restore_only_for_earlier_restorable_versions()
    {
        var at = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        IReadOnlyList<SourceDocumentView> versions =
        [
            new(1, "长沙.txt", new string('a', 64), "tab-separated", "UTF-8", 0, at, "admin", SourceOrigin.File, null, true, []),
            new(2, "长沙-重排版.txt", new string('b', 64), "tab-separated", "UTF-8", 0, at.AddHours(1), "admin", SourceOrigin.File, null, false, [new CorrectionEntry("6 基本养老保险参保覆盖率", "目标值", ">966", ">96")]),
            new(3, "长沙.txt", new string('a', 64), "tab-separated", "json", 0, at.AddHours(2), "admin", SourceOrigin.Restore, 1, true, []) { IsCurrent = true },
        ];

        var list = Render<SourceDocumentList>(p => p.Add(l => l.Sources, versions).Add(l => l.CanRestore, true));
        var reader = Render<SourceDocumentList>(p => p.Add(l => l.Sources, versions));

        var rows = list.FindAll("[data-testid=source-version]");
        Assert.StartsWith("第 3 版（当前）", rows[2].TextContent.Trim());
        Assert.Contains("恢复第 1 版（长沙.txt）", rows[2].TextContent);
        Assert.Single(list.FindAll("[data-testid=restore-version]"));
        Assert.NotEmpty(rows[0].QuerySelectorAll("[data-testid=restore-version]"));
        Assert.Contains("6 基本养老保险参保覆盖率 · 目标值：>966 → >96", list.Find("[data-testid=version-corrections]").TextContent);
        Assert.Empty(reader.FindAll("[data-testid=restore-version]"));
    }

    [Fact]
    public void A_paste_without_a_document_asks_for_the_region_first()
    {
        PastedTable? read = null;
        var form = Render<PastedTableForm>(p => p.Add(f => f.NeedsPlanName, true).Add(f => f.OnRead, t => read = t));

        form.Find("textarea").Change("指标\t单位\t2020年\t2025年\n1.城镇新增就业人数\t万人\t[71.42]\t[75]");
        form.Find("[data-testid=paste-read]").Click();

        Assert.Null(read);
        Assert.Equal("请填写规划所属地区。", form.Find("[data-testid=paste-problem]").TextContent);
    }

    private static List<EditableIndicator> Rows() =>
        [.. SeedPlans.Changsha().Indicators.Select((indicator, index) => EditableIndicator.From(IndicatorEdit.From(indicator, index)))];
}
