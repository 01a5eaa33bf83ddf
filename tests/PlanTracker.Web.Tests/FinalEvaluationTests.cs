using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Reports;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The 总结评估 of 长沙's ended 14th plan (<see cref="EndedPlanData"/>, in a portal of its own): the verdicts worked by
/// hand, and every row equal to the engine and <see cref="FinalJudgement"/> run on the approved values read with plain
/// SQL; the submitted year left out and said so; the narrative written by the city's leader only, at its version.
/// </summary>
public class FinalEvaluationTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>, IAsyncLifetime
{
    private static readonly PlanPeriod Fourteenth = new(2021, 2025);

    private int _regionId;

    public async Task InitializeAsync() => _regionId = await EndedPlanData.WriteAsync(portal.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_indicator_is_judged_on_the_approved_values_as_worked_by_hand_and_as_the_engine_says()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var document = await GetAsync(client, $"/reports/final?city={_regionId}&year=2025");

        Assert.Equal("长沙市“十四五”规划实施总结评估报告", document.QuerySelector("h1")!.TextContent.Trim());
        var rows = document.QuerySelectorAll("[data-testid=final-table] tbody tr[data-indicator]").ToDictionary(r => r.GetAttribute("data-indicator")!);
        foreach (var (name, verdict) in EndedPlanData.Expected)
        {
            Assert.Equal(verdict, Cell(rows[name], "verdict"));
        }

        // 61 (2021–2023 and 2025; the submitted 2024 is left out) of [75]; 46 of [50]; the binding 210 of 182.8 → 212.7.
        Assert.Equal("累计 61", Cell(rows["城镇新增就业人数"], "final"));
        Assert.Equal("81%", Cell(rows["城镇新增就业人数"], "completion"));
        Assert.Equal("92%", Cell(rows["开展补贴性职业技能培训人次"], "completion"));
        Assert.Equal("91%", Cell(rows["失业保险参保人数"], "completion"));
        Assert.Equal("守住控制目标", Cell(rows["城镇调查失业率"], "completion"));

        var indicators = await IndicatorsAsync();
        var approved = await ApprovedValuesAsync();
        foreach (var indicator in indicators)
        {
            var expected = FinalJudgement.Judge(ProgressEngine.Evaluate(indicator, approved.GetValueOrDefault(indicator.Id, []), Fourteenth), indicator.IsBinding, Fourteenth);
            Assert.Equal(expected.ToChinese(), Cell(rows[indicator.Name], "verdict"));
        }

        var counts = document.QuerySelectorAll("[data-testid=final-counts] td[data-verdict]").ToDictionary(c => c.GetAttribute("data-verdict")!, c => c.TextContent.Trim());
        Assert.Equal(("2", "1", "3"), (counts["完成"], counts["基本完成"], counts["未完成"]));
        Assert.Equal((indicators.Count - 6).ToString(System.Globalization.CultureInfo.InvariantCulture), counts["无末年数据"]);
    }

    [Fact]
    public async Task The_report_says_which_years_it_uses_and_lists_the_missed_binding_indicator_first_with_its_cause()
    {
        var client = await PortalSession.SignInAsync(portal, "province");

        var document = await GetAsync(client, $"/reports/final?city={_regionId}");

        Assert.Equal("本报告仅采用经审核通过（已审核）的年度数据：2021—2025年中已审核 4 年（2021、2022、2023、2025年）；2024年（已提交）的数据未采用。",
            document.QuerySelector("[data-testid=final-basis]")!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("[data-testid=stamp-incomplete]"));
        var missed = document.QuerySelectorAll("[data-testid=final-missed] [data-missed]").ToList();
        Assert.Equal(["失业保险参保人数"], missed.Select(m => m.GetAttribute("data-missed")));
        Assert.Contains(EndedPlanData.Cause, missed[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(EndedPlanData.Measures, missed[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2项约束性指标中1项未完成（失业保险参保人数）", document.QuerySelector("[data-testid=final-summary]")!.TextContent, StringComparison.Ordinal);
        // The province reads it but does not write it.
        Assert.Null(document.QuerySelector("[data-testid=final-narrative-editor]"));
    }

    [Fact]
    public async Task Zhuanlan_items_count_from_the_approved_years_only()
    {
        // Two of 长沙's 专栏 items marked 已完成: one in 2025 (approved), one in 2024 (submitted, so left out).
        await PlainSql.ScalarAsync(portal.ConnectionString, """
            WITH items AS (
                SELECT i.id, row_number() OVER (ORDER BY c.number, i.number) AS n
                FROM special_column_items i JOIN special_columns c ON c.id = i.special_column_id JOIN plans p ON p.id = c.plan_id
                WHERE p.region_id = @region AND p.period_start = 2021 AND c.kind = 'items'),
            cleared AS (DELETE FROM item_progress WHERE special_column_item_id IN (SELECT id FROM items) RETURNING 1),
            written AS (
                INSERT INTO item_progress (special_column_item_id, year, status, updated_at, updated_by)
                SELECT id, CASE n WHEN 1 THEN 2025 ELSE 2024 END, 2, now(), 'changsha-reporter' FROM items WHERE n <= 2
                RETURNING 1)
            SELECT (SELECT count(*) FROM written) + 0 * (SELECT count(*) FROM cleared)
            """, ("region", _regionId));
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var document = await GetAsync(client, $"/reports/final?city={_regionId}&year=2025");

        Assert.Equal("专栏任务25项，填报进度1项，已完成1项，24项在已审核年度中未填报进度。",
            document.QuerySelector("[data-testid=final-work-summary]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_plan_with_projects_gives_their_count_and_investment_in_words()
    {
        // seeds/002: 湘西's one project, 湘西州创新创业孵化基地建设, “十四五”投资 10 亿元.
        var xiangxi = await PlainSql.ScalarAsync(portal.ConnectionString, "SELECT id::bigint FROM regions WHERE name = '湘西自治州'");
        var client = await PortalSession.SignInAsync(portal, "xiangxi-leader");

        var document = await GetAsync(client, $"/reports/final?city={xiangxi}&year=2025");

        var projects = document.QuerySelector("[data-testid=final-work-summary] span")!.TextContent.Trim();
        Assert.StartsWith("重大项目1个，已完成0个；规划期计划投资10亿元，已完成投资", projects, StringComparison.Ordinal);
        Assert.DoesNotContain("@", projects, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citys_users_get_not_found_and_the_refusal_is_audited()
    {
        var zhuzhou = await PortalSession.SignInAsync(portal, "zhuzhou-leader");

        var response = await zhuzhou.GetAsync($"/reports/final?city={_regionId}&year=2025");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("失业保险参保人数", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await ScalarAsync("SELECT count(*) FROM audit_events WHERE action = @a AND user_name = 'zhuzhou-leader' AND target = @t",
            ("a", AuditActions.AccessDenied), ("t", $"reports/final/{_regionId}/2025")) >= 1);
    }

    [Fact]
    public async Task Only_the_citys_leader_writes_the_narrative_at_the_version_they_loaded_and_it_is_audited()
    {
        var planId = (await IndicatorsAsync())[0].PlanId;
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        await using var otherLeader = await UserScopes.ForAsync(portal, "zhuzhou-leader");
        var asLeader = leader.ServiceProvider.GetRequiredService<FinalEvaluationService>();
        var before = (await asLeader.GetAsync(_regionId, 2025))!.Narrative;

        var first = await asLeader.SaveNarrativeAsync(new SaveFinalNarrativeRequest { PlanId = planId, Version = before.Version, Achievements = "城镇新增就业累计61万人。\n技能培训46万人次。", Problems = "失业保险扩面不足。" });
        var stale = await asLeader.SaveNarrativeAsync(new SaveFinalNarrativeRequest { PlanId = planId, Version = before.Version, NextSteps = "覆盖他人的文字" });
        var byReporter = await reporter.ServiceProvider.GetRequiredService<FinalEvaluationService>().SaveNarrativeAsync(new SaveFinalNarrativeRequest { PlanId = planId, Version = first.Value, NextSteps = "填报员" });
        var byOtherCity = await otherLeader.ServiceProvider.GetRequiredService<FinalEvaluationService>().SaveNarrativeAsync(new SaveFinalNarrativeRequest { PlanId = planId, Version = first.Value, NextSteps = "他市" });
        var tooLong = await asLeader.SaveNarrativeAsync(new SaveFinalNarrativeRequest { PlanId = planId, Version = first.Value, NextSteps = new string('字', PlanEvaluation.MaxSectionLength + 1) });
        var second = await asLeader.SaveNarrativeAsync(new SaveFinalNarrativeRequest { PlanId = planId, Version = first.Value, Achievements = "城镇新增就业累计61万人。", Problems = "失业保险扩面不足。", NextSteps = "实施全民参保计划。" });

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        Assert.Equal(OutcomeKind.Refused, byReporter.Kind);
        Assert.Equal(OutcomeKind.Refused, byOtherCity.Kind);
        Assert.Equal((OutcomeKind.Invalid, $"“下一步工作”不能超过 {PlanEvaluation.MaxSectionLength} 字。"), (tooLong.Kind, tooLong.Message));
        Assert.True(second.Succeeded, second.Message);
        var stored = (await asLeader.GetAsync(_regionId, 2025))!.Narrative;
        Assert.Equal(("城镇新增就业累计61万人。", "失业保险扩面不足。", "实施全民参保计划。", "changsha-leader"), (stored.Achievements, stored.Problems, stored.NextSteps, stored.UpdatedBy));
        Assert.Equal(2, await ScalarAsync("SELECT count(*) FROM audit_events WHERE action = @a AND user_name = 'changsha-leader'", ("a", AuditActions.FinalNarrativeSaved)));

        var printed = await GetAsync(await PortalSession.SignInAsync(portal, "changsha-reporter"), $"/reports/final?city={_regionId}&year=2025");
        Assert.Equal("实施全民参保计划。", printed.QuerySelector("[data-testid=final-narrative-七] .report-paragraph")!.TextContent.Trim());
        Assert.Null(printed.QuerySelector("[data-testid=final-narrative-editor]"));
    }

    private static string Cell(IElement row, string cell) => row.QuerySelector($"[data-cell={cell}]")!.TextContent.Trim().Replace("\n", " ", StringComparison.Ordinal);

    private static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<Indicator>> IndicatorsAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return await context.Indicators.AsNoTracking()
            .Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == _regionId && p.PeriodStart == 2021)).OrderBy(i => i.Ordinal).ToListAsync();
    }

    /// <summary>The values of years whose report is approved, read with plain SQL.</summary>
    private Task<Dictionary<int, List<YearValue>>> ApprovedValuesAsync() =>
        PlainSql.ValuesAsync(portal.ConnectionString,
            "SELECT v.indicator_id, v.year, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN plans p ON p.id = i.plan_id " +
            "JOIN city_year_reports r ON r.region_id = p.region_id AND r.year = v.year AND r.status = 2 " +
            "WHERE p.region_id = @region AND p.period_start = 2021 AND NOT v.is_demo ORDER BY v.indicator_id, v.year", ("region", _regionId));

    private Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters) =>
        PlainSql.ScalarAsync(portal.ConnectionString, sql, parameters);
}
