using AngleSharp.Dom;
using Bunit;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>The entry row and its live checks, on 长沙's indicators (seeds/001): messages at the field as the reporter types.</summary>
public class ProgressEntryRowTests : PortalComponentTest
{
    [Theory]
    [InlineData("101")]
    [InlineData("-1")]
    public void A_rate_over_100_or_below_0_is_refused_at_the_field(string typed)
    {
        var (row, input) = ChangshaRows.PensionCoverage();
        var cut = RenderRow(row, input, 2021);

        Value(cut).Change(typed);

        var error = Assert.Single(cut.FindAll("[data-testid='entry-field-error']"));
        Assert.Equal("“基本养老保险参保覆盖率”是百分比，应在 0 到 100 之间。", error.TextContent);
        Assert.Equal("true", Value(cut).GetAttribute("aria-invalid"));
        Assert.Contains("error-row", cut.Find("tr[data-indicator]").ClassList);
    }

    [Theory]
    [InlineData("abc", "“城镇新增就业人数”填写的“abc”不是数字：请只填写数字，如 12.5。")]
    [InlineData("1,5", "“城镇新增就业人数”填写的“1,5”不是有效数字：小数点请用“.”。")]
    public void Letters_stay_in_the_field_and_are_refused_there(string typed, string message)
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        input.Value = 15m;
        var cut = RenderRow(row, input, 2021);

        Value(cut).Change(typed);

        // A number input would have emptied itself; the text input keeps what was typed and the save is refused.
        Assert.Equal(message, cut.Find("[data-testid='entry-field-error']").TextContent);
        Assert.Equal(typed, Value(cut).GetAttribute("value"));
        Assert.Null(input.Value);
        Value(cut).Change("１５．６");
        Assert.Empty(cut.FindAll("[data-testid='entry-field-error']"));
        Assert.Equal(15.6m, input.Value);
        Assert.Equal("15.6", Value(cut).GetAttribute("value"));
    }

    [Fact]
    public void A_rate_within_its_floor_has_no_message_and_says_the_bound_is_respected()
    {
        var (row, input) = ChangshaRows.PensionCoverage();
        var cut = RenderRow(row, input, 2021);

        Value(cut).Change("96.5");

        Assert.Empty(cut.FindAll("[data-testid='entry-field-error']"));
        Assert.Equal("false", Value(cut).GetAttribute("aria-invalid"));
        Assert.Equal("符合控制目标", cut.Find("[data-testid='entry-check']").TextContent);
        Value(cut).Change("95");
        Assert.Equal("突破控制目标", cut.Find("[data-testid='entry-check']").TextContent);
    }

    [Fact]
    public void A_level_to_maintain_is_judged_as_the_engine_judges_it()
    {
        // 90 → 90: 保持 (IndicatorKinds.Maintain, a floor at the target): held while the year's rate is at least 90.
        var (row, input) = ChangshaRows.ZhuzhouArbitrationClosure();
        var cut = RenderRow(row, input, 2021);

        Value(cut).Change("92");
        Assert.Equal("符合控制目标", cut.Find("[data-testid='entry-check']").TextContent);
        Value(cut).Change("88.5");
        Assert.Equal("突破控制目标", cut.Find("[data-testid='entry-check']").TextContent);
    }

    [Fact]
    public void A_negative_count_is_refused_at_the_field()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        var cut = RenderRow(row, input, 2021);

        Value(cut).Change("-1");

        Assert.Equal("“城镇新增就业人数”不能为负数。", cut.Find("[data-testid='entry-field-error']").TextContent);
    }

    [Fact]
    public void A_refused_value_shows_its_error_and_no_warning_about_how_far_it_fell()
    {
        var (row, input) = ChangshaRows.UnemploymentInsured();
        var cut = RenderRow(row, input, 2021);

        // −3 is also below the 182.8 baseline; the reporter is told it cannot be negative, not asked to explain the fall.
        Value(cut).Change("-3");

        Assert.Equal("“失业保险参保人数”不能为负数。", Assert.Single(cut.FindAll("[data-testid='entry-field-error']")).TextContent);
        Assert.Empty(cut.FindAll("[data-testid='entry-warning']"));
        Assert.Empty(cut.FindAll("[data-testid='entry-note-required']"));
    }

    [Fact]
    public void A_cumulative_target_shows_the_running_five_year_total()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs(new Dictionary<int, decimal> { [2021] = 15m });
        var cut = RenderRow(row, input, 2022);

        Value(cut).Change("15");

        // [75] over five years: 15 + 15 = 30 = 40%.
        Assert.Equal("累计 30 / 75（40%）", cut.Find("[data-testid='entry-check']").TextContent);
        Assert.Equal(["2020年 [71.42] → 2025年 [75] 万人", "2021年 15"], cut.FindAll("td.phone-only").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void A_binding_stock_below_its_baseline_warns_asks_for_a_note_and_for_cause_and_measures()
    {
        var (row, input) = ChangshaRows.UnemploymentInsured();
        var cut = RenderRow(row, input, 2021);

        Value(cut).Change("180");

        Assert.Contains("存量指标低于 2020 年基数（182.8）", cut.Find("[data-testid='entry-warning']").TextContent, StringComparison.Ordinal);
        Assert.Equal("有预警，请在“说明”中写明原因", cut.Find("[data-testid='entry-note-required']").TextContent);
        Assert.Contains("needs-note", cut.Find("input[data-col='note']").ClassList);
        Assert.Equal(["true", "true"], ExplanationInvalid(cut));
        Assert.Equal(["提交审核前须填写原因分析", "提交审核前须填写整改措施"], cut.FindAll("tr[data-explain='失业保险参保人数'] .mud-input-helper-text.mud-input-error .me-auto").Select(e => e.TextContent.Trim()));

        cut.Find("input[data-col='note']").Change("统计口径调整，剔除重复参保");
        cut.Find("textarea[data-testid='explain-cause']").Change("重复参保清理");
        cut.Find("textarea[data-testid='explain-measures']").Change("扩面征缴");

        Assert.Empty(cut.FindAll("[data-testid='entry-note-required']"));
        Assert.DoesNotContain("needs-note", cut.Find("input[data-col='note']").ClassList);
        Assert.Equal(["false", "false"], ExplanationInvalid(cut));
        Assert.Equal(("统计口径调整，剔除重复参保", "重复参保清理", "扩面征缴"), (input.Note, input.Cause, input.CorrectiveMeasures));
    }

    [Fact]
    public void A_binding_stock_above_its_path_needs_no_explanation()
    {
        var (row, input) = ChangshaRows.UnemploymentInsured();
        var cut = RenderRow(row, input, 2021);

        // 182.8 → 212.7 over five years: 190 in 2021 is ahead of 时序进度 (24% against 20%).
        Value(cut).Change("190");

        Assert.Empty(cut.FindAll("[data-testid='entry-warning']"));
        Assert.Empty(cut.FindAll("tr.explain-row"));
    }

    [Fact]
    public void The_value_input_brings_up_the_numeric_keyboard_and_keeps_its_keyboard_column()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        var cut = RenderRow(row, input, 2024);

        var value = Value(cut);
        // A text input with the decimal keyboard: a number input would drop letters without a word (issue 15).
        Assert.Equal(("text", "decimal", "value"), (value.GetAttribute("type"), value.GetAttribute("inputmode"), value.GetAttribute("data-col")));
        Assert.Equal("城镇新增就业人数 2024 年数值", value.GetAttribute("aria-label"));
        Assert.Equal(["note", "source"], cut.FindAll("input.entry-note").Select(i => i.GetAttribute("data-col")));
    }

    [Fact]
    public void Typing_tells_the_page_so_the_autosave_waits_and_a_read_only_row_cannot_be_typed_into()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        var changes = 0;
        var cut = Render<TableBody>(p => p.Add(b => b.Row, row).Add(b => b.Input, input).Add(b => b.Year, 2021).Add(b => b.Editable, true).Add(b => b.OnChanged, () => changes++));

        cut.Find("input[data-col='value']").Change("15.2");
        cut.Find("input[data-col='source']").Change("市统计局快报");

        Assert.Equal(2, changes);
        Assert.Equal((15.2m, "市统计局快报"), (input.Value, input.Source));
        cut.Render(p => p.Add(b => b.Editable, false));
        Assert.All(cut.FindAll("input.entry-input, input.entry-note"), i => Assert.True(i.HasAttribute("disabled")));
    }

    [Fact]
    public void A_conflicted_row_shows_both_sides_and_taking_theirs_puts_their_value_in_the_field()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        input.Value = 17m;
        input.Conflict = new RowConflict(new RowFields(17m, false, "A", null, null, null), new RowFields(11m, false, "B", null, null, null), "changsha-reporter", null);
        var chosen = 0;
        var cut = Render<TableBody>(p => p.Add(b => b.Row, row).Add(b => b.Input, input).Add(b => b.Year, 2023).Add(b => b.Editable, true).Add(b => b.OnChosen, () => chosen++));

        // The conflict spans the row's desktop columns: 9 and the two earlier years 2021, 2022.
        Assert.Equal("11", cut.Find("tr[data-conflict='城镇新增就业人数'] td").GetAttribute("colspan"));
        cut.Find("[data-testid='conflict-take-theirs']").Click();

        Assert.Equal(1, chosen);
        Assert.Empty(cut.FindAll("tr.conflict-row"));
        Assert.Equal("11", cut.Find("input[data-col='value']").GetAttribute("value"));
        Assert.Equal((11m, "B", false), (input.Value, input.Note, input.IsChanged));
    }

    [Fact]
    public void Keeping_mine_keeps_the_input_and_makes_it_the_change_the_next_save_applies()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        (input.Value, input.Note) = (17m, "A");
        input.Conflict = new RowConflict(new RowFields(17m, false, "A", null, null, null), new RowFields(11m, false, "B", null, null, null), "changsha-reporter", null);
        var cut = RenderRow(row, input, 2023);

        cut.Find("[data-testid='conflict-keep-mine']").Click();

        Assert.Empty(cut.FindAll("tr.conflict-row"));
        Assert.Equal(17m, input.Value);
        Assert.Equal(new RowFields(11m, false, "B", null, null, null), input.Base);
        Assert.True(input.IsChanged);
    }

    [Fact]
    public void A_returned_rows_comment_shows_under_it_and_a_focus_request_moves_to_its_value_once()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        var cut = Render<TableBody>(p => p.Add(b => b.Row, row).Add(b => b.Input, input).Add(b => b.Year, 2023).Add(b => b.Editable, true)
            .Add(b => b.ReturnComment, "与统计年报不一致，请核实").Add(b => b.FocusRequest, 1));

        var comment = cut.Find("tr.row-comment-row [data-testid='entry-row-comment']");
        Assert.Equal("审核意见：与统计年报不一致，请核实", comment.TextContent);
        Assert.Equal($"indicator-{row.IndicatorId}", cut.Find("tr[data-indicator]").Id);
        Assert.IsType<Microsoft.AspNetCore.Components.ElementReference>(JSInterop.VerifyFocusAsyncInvoke().Arguments[0]);

        // Typing re-renders the row: the same request does not take the focus again; a new one does.
        Value(cut).Change("16");
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1);
        cut.Render(p => p.Add(b => b.FocusRequest, 2));
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 2);
    }

    [Fact]
    public void A_row_without_a_comment_has_no_comment_row_and_takes_no_focus()
    {
        var (row, input) = ChangshaRows.NewUrbanJobs();
        var cut = RenderRow(row, input, 2023);

        Assert.Empty(cut.FindAll("tr.row-comment-row"));
        JSInterop.VerifyNotInvoke("Blazor._internal.domWrapper.focus");
    }

    private static List<string?> ExplanationInvalid(IRenderedComponent<TableBody> cut) =>
        [.. cut.FindAll("tr[data-explain] textarea").Select(t => t.GetAttribute("aria-invalid"))];

    private static IElement Value(IRenderedComponent<TableBody> cut) => cut.Find("input[data-col='value']");

    private IRenderedComponent<TableBody> RenderRow(ProgressEntryRow row, ProgressRowInput input, int year) =>
        Render<TableBody>(p => p.Add(b => b.Row, row).Add(b => b.Input, input).Add(b => b.Year, year).Add(b => b.Editable, true));
}
