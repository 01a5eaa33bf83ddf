using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The 年度监测报告 and the 中期评估 agree with the progress engine run on values read with plain SQL; the plan's rows are
/// checked against 专栏2 of seeds/001 (长沙), typed from the text, never from the program's output.
/// </summary>
[Collection(PortalCollection.Name)]
public partial class MonitoringReportTests(PortalFactory portal)
{
    /// <summary>专栏2 “十四五”规划发展主要指标 of seeds/001_89ddb6cf686b81bb.txt: name (as printed, 其中： included), 2025 target, attribute.</summary>
    /// <summary>The seed plan's period, as printed in its title (“十四五”, 2021—2025年).</summary>
    private static readonly PlanPeriod FourteenthPlan = new(2021, 2025);

    private static readonly (string Name, string Target, bool Binding)[] ChangshaSeed =
    [
        ("城镇新增就业人数", "[75]", false),
        ("城镇调查失业率", "<5.5", false),
        ("城镇登记失业率", "<4.5", false),
        ("开展补贴性职业技能培训人次", "[50]", false),
        ("其中：农民工参加职业培训人次", "[10]", false),
        ("基本养老保险参保覆盖率", ">96", false),
        ("失业保险参保人数", "212.7", true),
        ("工伤保险参保人数", "180", true),
        ("新增取得专业技术人员职业资格证书和专业技术职称证书人数", "[15]", false),
        ("新增取得职业资格证书或职业技能等级证书人数", "[20]", false),
        ("其中：新增取得高级工以上职业资格证书或职业技能等级证书人数", "[2]", false),
        ("劳动人事争议仲裁结案率", ">90", false),
        ("劳动保障监察举报投诉案件结案率", "96", false),
    ];

    [Fact]
    public async Task The_annual_report_lists_the_seed_plans_indicators_with_the_engines_status_and_completion()
    {
        var (regionId, indicators) = await ChangshaAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        // The figures of now (view=current): another test of this portal may have approved 2023 and changed it since,
        // and an approved year opens as approved (ApprovedReportTests); the golden values are the stored ones.
        var document = await GetAsync(client, $"/reports/annual?city={regionId}&year=2023&view=current");

        var rows = document.QuerySelectorAll("[data-testid=report-table] tbody tr[data-indicator]").ToList();
        Assert.Equal(ChangshaSeed.Select(s => s.Name), rows.Select(NameOf));
        Assert.Equal(ChangshaSeed.Select(s => s.Target), rows.Select(r => r.QuerySelector("[data-cell=target]")!.TextContent.Trim()));
        Assert.Equal(ChangshaSeed.Select(s => s.Binding), rows.Select(r => r.QuerySelector(".badge-binding") is not null));

        var values = await ReadValuesAsync(regionId, 2023);
        var expected = indicators.Select(i => ProgressEngine.Evaluate(i, values.GetValueOrDefault(i.Id, []), FourteenthPlan)).ToList();
        for (var index = 0; index < rows.Count; index++)
        {
            Assert.Equal(expected[index].Status.ToChinese(), rows[index].QuerySelector(".status-badge")!.TextContent.Trim());
            Assert.Equal(expected[index].Reason, rows[index].QuerySelector(".reason")!.TextContent.Trim());
            Assert.Equal(CompletionText(expected[index]), rows[index].QuerySelector("[data-cell=completion]")!.TextContent.Trim());
        }

        Assert.Contains(expected, e => e.Completion is not null);
        var counts = document.QuerySelectorAll("[data-testid=report-counts] td[data-status]")
            .ToDictionary(c => c.GetAttribute("data-status")!, c => int.Parse(c.TextContent, CultureInfo.InvariantCulture));
        foreach (var status in Enum.GetValues<ProgressStatus>())
        {
            Assert.Equal(expected.Count(e => e.Status == status), counts[status.ToChinese()]);
        }

        Assert.Equal(ChangshaSeed.Length, counts.Values.Sum());
        Assert.Equal(ChangshaSeed.Length.ToString(CultureInfo.InvariantCulture), document.QuerySelector("[data-testid=report-total]")!.TextContent);
        var warnings = document.QuerySelectorAll("[data-testid=report-binding] [data-warning]").Select(w => w.GetAttribute("data-warning")).ToList();
        Assert.Equal(indicators.Where((_, i) => expected[i].BindingWarning).Select(i => i.Name), warnings);
        Assert.All(warnings, w => Assert.Contains(ChangshaSeed, s => s.Binding && s.Name == w));

        var cover = document.QuerySelector("[data-testid=report-cover]")!.TextContent;
        Assert.Contains("长沙市2023年度规划实施监测报告", cover, StringComparison.Ordinal);
        Assert.Contains("长沙市“十四五”人力资源和社会保障事业发展规划", cover, StringComparison.Ordinal);
        Assert.Contains("（2021—2025年）", cover, StringComparison.Ordinal);
        var heads = document.QuerySelectorAll("[data-testid=report-table] thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("2020年", heads);
        Assert.Contains("2025年目标", heads);
        // No Portal:IssuingUnit configured in the tests: the city's bureau issues the report.
        Assert.StartsWith("长沙市人力资源和社会保障局", document.QuerySelector("[data-testid=report-issuer]")!.TextContent.Trim(), StringComparison.Ordinal);
        // Other tests of the shared portal may submit or approve 长沙's 2023: the stamp follows the stored status.
        var approved = await ScalarAsync(
            "SELECT count(*) FROM city_year_reports WHERE region_id = @region AND year = 2023 AND status = 2", ("region", regionId)) > 0;
        var demo = await ScalarAsync(
            "SELECT count(*) FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN plans p ON p.id = i.plan_id WHERE p.region_id = @region AND v.year <= 2023 AND v.is_demo",
            ("region", regionId)) > 0;
        Assert.Equal(!approved, document.QuerySelector("[data-testid=stamp-unapproved]") is not null);
        Assert.Equal(demo, document.QuerySelector("[data-testid=stamp-demo]") is not null);
        // "（2026年11月30日 审核通过）" only for an approved year ("尚未经审核人审核通过" otherwise).
        Assert.Equal(approved, ApprovedOn().IsMatch(document.QuerySelector("[data-testid=report-status]")!.TextContent));
        Assert.NotNull(document.QuerySelector("[data-testid=report-notes]"));
        Assert.NotNull(document.QuerySelector("[data-testid=project-progress]"));
        Assert.NotNull(document.QuerySelector("[data-testid=completion-chart] svg"));
        Assert.Null(document.QuerySelector("[data-testid=report-outlook]"));
    }

    [Fact]
    public async Task The_province_opens_changshas_report_and_another_citys_leader_gets_not_found_and_is_audited()
    {
        var (regionId, _) = await ChangshaAsync();
        var province = await PortalSession.SignInAsync(portal, "province");
        var zhuzhou = await PortalSession.SignInAsync(portal, "zhuzhou-leader");

        var opened = await GetAsync(province, $"/reports/annual?city={regionId}&year=2022");
        var deniedBefore = await CountDenialsAsync("zhuzhou-leader", $"reports/annual/{regionId}/2022");
        var refused = await zhuzhou.GetAsync($"/reports/annual?city={regionId}&year=2022");
        var refusedMidterm = await zhuzhou.GetAsync($"/reports/midterm?city={regionId}");

        Assert.Contains("长沙市2022年度规划实施监测报告", opened.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ChangshaSeed.Length, opened.QuerySelectorAll("[data-testid=report-table] tr[data-indicator]").Length);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refusedMidterm.StatusCode);
        Assert.DoesNotContain("失业保险参保人数", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(deniedBefore + 1, await CountDenialsAsync("zhuzhou-leader", $"reports/annual/{regionId}/2022"));
    }

    [Fact]
    public async Task The_midterm_evaluation_is_as_of_2023_and_gives_the_engines_remaining_effort_and_projection()
    {
        var (regionId, indicators) = await ChangshaAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var document = await GetAsync(client, $"/reports/midterm?city={regionId}");

        var values = await ReadValuesAsync(regionId, 2023);
        var expected = indicators.Select(i => ProgressEngine.Evaluate(i, values.GetValueOrDefault(i.Id, []), FourteenthPlan)).ToList();
        Assert.Contains("长沙市“十四五”规划中期评估报告", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("截至2023年底（规划期第3年，时序进度60%）", document.QuerySelector("[data-testid=report-cover]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("六、2024—2025年需完成的任务", document.QuerySelector("[data-testid=report-outlook] h2")!.TextContent.Trim());
        Assert.Contains("2025年目标", document.QuerySelector("[data-testid=outlook-table] thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(expected, e => e.Expected == 0.6m);
        var rows = document.QuerySelectorAll("[data-testid=report-table] tbody tr[data-indicator]").ToList();
        for (var index = 0; index < rows.Count; index++)
        {
            Assert.Equal(expected[index].Status.ToChinese(), rows[index].QuerySelector(".status-badge")!.TextContent.Trim());
        }

        var outlook = document.QuerySelectorAll("[data-testid=outlook-table] tbody tr[data-indicator]").ToDictionary(r => r.GetAttribute("data-indicator")!);
        var pending = indicators.Where((_, i) => expected[i].Status is not (ProgressStatus.AchievedEarly or ProgressStatus.NotAssessable)).Select(i => i.Name).ToList();
        Assert.Equal(pending, outlook.Keys);
        Assert.Contains(expected, e => e.RemainingAnnualEffort is not null);
        for (var index = 0; index < indicators.Count; index++)
        {
            if (RemainingEffort.Amount(expected[index], indicators[index].Unit) is { } effort)
            {
                Assert.Equal(effort, outlook[indicators[index].Name].QuerySelector("[data-cell=effort]")!.TextContent.Trim());
                Assert.Equal(expected[index].ProjectionAtEnd?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—", outlook[indicators[index].Name].QuerySelector("[data-cell=projection]")!.TextContent.Trim());
            }
        }

        var conclusion = document.QuerySelector("[data-testid=report-conclusion]")!.TextContent;
        Assert.Contains($"规划确定的{ChangshaSeed.Length}项主要指标中", conclusion, StringComparison.Ordinal);
        Assert.Contains($"严重滞后{expected.Count(e => e.Status == ProgressStatus.SeverelyBehind)}项", conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_nobody_reported_says_so_instead_of_printing_older_figures()
    {
        var (regionId, _) = await ChangshaAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");
        var reported2025 = await ScalarAsync(
            "SELECT count(*) FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN plans p ON p.id = i.plan_id WHERE p.region_id = @region AND v.year = 2025",
            ("region", regionId));
        Assert.Equal(0, reported2025);

        var document = await GetAsync(client, $"/reports/annual?city={regionId}&year=2025");

        Assert.Contains("2025年尚无任何指标的填报数据", document.QuerySelector("[data-testid=report-empty]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("[data-testid=report-table]"));
        Assert.Contains("未填报", document.QuerySelector("[data-testid=report-status]")!.TextContent, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"（\d{4}年\d{1,2}月\d{1,2}日 审核通过）")]
    private static partial System.Text.RegularExpressions.Regex ApprovedOn();

    private static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The row's indicator as printed: the name cell without its 约束性 badge.</summary>
    private static string NameOf(IElement row)
    {
        var cell = row.QuerySelector("td.name")!;
        var text = cell.TextContent;
        foreach (var extra in cell.QuerySelectorAll(".badge-binding, .changed-mark"))
        {
            text = text.Replace(extra.TextContent, string.Empty, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static string CompletionText(IndicatorProgress progress) =>
        progress.Completion is { } completion && progress.Expected is { } expected
            ? $"{Percent(completion)} / {Percent(expected)}"
            : progress.BoundRespected is { } respected ? (respected ? "符合控制目标" : "突破控制目标") : "—";

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private async Task<(int RegionId, List<Indicator> Indicators)> ChangshaAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = await context.Regions.Where(r => r.Name == "长沙市").Select(r => r.Id).SingleAsync();
        var indicators = await context.Indicators.AsNoTracking().Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId)).OrderBy(i => i.Ordinal).ToListAsync();
        return (regionId, indicators);
    }

    /// <summary>The city's stored values up to a year, read with plain SQL rather than through the report's own query.</summary>
    private Task<Dictionary<int, List<YearValue>>> ReadValuesAsync(int regionId, int year) =>
        PlainSql.ValuesAsync(portal.ConnectionString,
            "SELECT v.indicator_id, v.year, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN plans p ON p.id = i.plan_id " +
            "WHERE p.region_id = @region AND v.year <= @year ORDER BY v.indicator_id, v.year", ("region", regionId), ("year", year));

    private Task<long> CountDenialsAsync(string userName, string target) =>
        ScalarAsync("SELECT count(*) FROM audit_events WHERE action = @action AND user_name = @user AND target = @target",
            ("action", AuditActions.AccessDenied), ("user", userName), ("target", target));

    private Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters) =>
        PlainSql.ScalarAsync(portal.ConnectionString, sql, parameters);
}
