using Bunit;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>保留我的 / 采用对方的: both sides of a row two reporters changed, with who saved the other side and when.</summary>
public class ConflictChoiceTests : PortalComponentTest
{
    // 长沙 7.失业保险参保人数 (万人, seeds/001): this reporter typed 205 with a source, the other saved 204.6 as 快报.
    private static readonly RowConflict Conflict = new(
        new RowFields(205m, false, "年报数", "市社保局年报", null, null),
        new RowFields(204.6m, true, null, null, null, null),
        "changsha-reporter",
        new DateTimeOffset(2024, 3, 10, 2, 5, 9, TimeSpan.Zero));

    [Fact]
    public void Both_sides_list_their_fields_and_the_other_side_names_who_saved_it_in_China_time()
    {
        var cut = Render<ConflictChoice>(p => p.Add(c => c.Conflict, Conflict).Add(c => c.Unit, "万人"));

        var mine = Fields(cut, ".conflict-mine");
        var theirs = Fields(cut, ".conflict-theirs");
        Assert.Equal(["数值 205 万人", "说明 年报数", "数据来源 市社保局年报"], mine);
        Assert.Equal(["数值 204.6 万人（快报）", "说明 （空）", "数据来源 （空）"], theirs);
        Assert.Contains("changsha-reporter · 03-10 10:05:09", cut.Find(".conflict-theirs").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Cause_and_measures_are_listed_only_when_one_side_has_them()
    {
        var withCause = Conflict with { Theirs = new RowFields(180m, false, "口径调整", null, "重复参保清理", null) };
        var cut = Render<ConflictChoice>(p => p.Add(c => c.Conflict, withCause).Add(c => c.Unit, "万人"));

        Assert.Equal(["数值 180 万人", "说明 口径调整", "数据来源 （空）", "原因分析 重复参保清理", "整改措施 （空）"], Fields(cut, ".conflict-theirs"));
        Assert.Equal(3, Fields(cut, ".conflict-mine").Count);
    }

    [Fact]
    public void Each_button_raises_its_own_choice()
    {
        var (mine, theirs) = (0, 0);
        var cut = Render<ConflictChoice>(p => p.Add(c => c.Conflict, Conflict).Add(c => c.OnKeepMine, () => mine++).Add(c => c.OnTakeTheirs, () => theirs++));

        cut.Find("[data-testid='conflict-keep-mine']").Click();
        Assert.Equal((1, 0), (mine, theirs));
        cut.Find("[data-testid='conflict-take-theirs']").Click();
        Assert.Equal((1, 1), (mine, theirs));
        Assert.Equal(["保留我的", "采用对方的"], cut.FindAll("button").Select(b => b.TextContent.Trim()));
    }

    private static List<string> Fields(IRenderedComponent<ConflictChoice> cut, string side) =>
        [.. cut.Find(side).QuerySelectorAll("dt").Select(dt => $"{dt.TextContent} {dt.NextElementSibling!.TextContent}")];
}
