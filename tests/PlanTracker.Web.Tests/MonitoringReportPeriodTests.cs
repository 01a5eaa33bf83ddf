using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The reports follow the plan in force for the year: 长沙 gets a “十五五” plan (2026—2030年) next to its seed “十四五”
/// one, in a portal of its own so no other test sees the second plan. Its report names 2030年目标 and its 中期评估 is
/// as of 2028 (the plan's 3rd year, 时序进度60%); the figures agree with the engine run on the plan's period.
/// </summary>
public class MonitoringReportPeriodTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const string Employment = "城镇新增就业人数";

    private const string Insurance = "失业保险参保人数";

    private static readonly PlanPeriod Fifteenth = new(2026, 2030);

    [Fact]
    public async Task A_report_on_the_2026_2030_plan_names_its_targets_for_2030_and_lists_only_its_indicators()
    {
        var (regionId, indicators) = await FifteenthPlanAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var document = await GetAsync(client, $"/reports/annual?city={regionId}&year=2028");

        Assert.Equal("长沙市2028年度规划实施监测报告", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("（2026—2030年）", document.QuerySelector("[data-testid=report-cover]")!.TextContent, StringComparison.Ordinal);
        var heads = document.QuerySelectorAll("[data-testid=report-table] thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("2025年", heads);
        Assert.Contains("2030年目标", heads);
        Assert.DoesNotContain("2020年", heads);
        var rows = document.QuerySelectorAll("[data-testid=report-table] tbody tr[data-indicator]").ToList();
        Assert.Equal([Employment, Insurance], rows.Select(r => r.GetAttribute("data-indicator")));
        var values = ValuesUpTo(2028);
        for (var index = 0; index < rows.Count; index++)
        {
            var expected = ProgressEngine.Evaluate(indicators[index], values[indicators[index].Name], Fifteenth);
            Assert.Equal(expected.Status.ToChinese(), rows[index].QuerySelector(".status-badge")!.TextContent.Trim());
            Assert.Equal(expected.Reason, rows[index].QuerySelector(".reason")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task The_midterm_of_the_2026_2030_plan_is_as_of_2028_and_the_seed_plans_still_as_of_2023()
    {
        var (regionId, indicators) = await FifteenthPlanAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var document = await GetAsync(client, $"/reports/midterm?city={regionId}&year=2027");
        var seed = await GetAsync(client, $"/reports/midterm?city={regionId}&year=2022");

        Assert.Equal("长沙市“十五五”规划中期评估报告", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("截至2028年底（规划期第3年，时序进度60%）", document.QuerySelector("[data-testid=report-cover]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("六、2029—2030年需完成的任务", document.QuerySelector("[data-testid=report-outlook] h2")!.TextContent.Trim());
        var outlookHeads = document.QuerySelectorAll("[data-testid=outlook-table] thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("2030年目标", outlookHeads);
        Assert.Contains("按当前进度2030年预计", outlookHeads);
        var employment = ProgressEngine.Evaluate(indicators[0], ValuesUpTo(2028)[Employment], Fifteenth);
        Assert.Equal(0.6m, employment.Expected);
        var row = document.QuerySelector($"[data-testid=outlook-table] tr[data-indicator='{Employment}']")!;
        Assert.Equal(RemainingEffort.Amount(employment, indicators[0].Unit), row.QuerySelector("[data-cell=effort]")!.TextContent.Trim());
        // The notes run from the plan's first year: the 2026 note is there, and nothing of the 十四五 plan.
        Assert.Contains("2026", document.QuerySelector($"[data-testid=report-notes] tr[data-note='{Employment}']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("[data-testid=report-notes] tr[data-note]"), n => n.GetAttribute("data-note") is not (Employment or Insurance));

        Assert.Equal("长沙市“十四五”规划中期评估报告", seed.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("截至2023年底（规划期第3年，时序进度60%）", seed.QuerySelector("[data-testid=report-cover]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_final_evaluation_follows_the_plan_of_the_year_and_a_plan_still_running_says_so()
    {
        var (regionId, _) = await FifteenthPlanAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        var running = await GetAsync(client, $"/reports/final?city={regionId}&year=2027");
        var ended = await GetAsync(client, $"/reports/final?city={regionId}");

        Assert.Equal("长沙市“十五五”规划实施总结评估报告", running.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(running.QuerySelector("[data-testid=stamp-not-ended]"));
        var heads = running.QuerySelectorAll("[data-testid=final-table] thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["2025年", "2030年目标", "2030年完成"], heads.Where(h => h.StartsWith("20", StringComparison.Ordinal)));
        // Nothing of 2026–2030 is approved (and 2030 is not reached): no row is judged.
        Assert.All(running.QuerySelectorAll("[data-testid=final-table] [data-cell=verdict]"), c => Assert.Equal("无末年数据", c.TextContent.Trim()));
        Assert.Contains("2026—2030年中已审核 0 年", running.QuerySelector("[data-testid=final-basis]")!.TextContent, StringComparison.Ordinal);
        // Without a year the page opens on the latest plan that has ended: the 十四五 one (the test runs after 2025).
        Assert.Equal("长沙市“十四五”规划实施总结评估报告", ended.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(ended.QuerySelector("[data-testid=stamp-not-ended]"));
    }

    [Fact]
    public async Task A_year_no_plan_covers_has_no_report()
    {
        var (regionId, _) = await FifteenthPlanAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/annual?city={regionId}&year=2031")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/annual?city={regionId}&year=2019")).StatusCode);
    }

    /// <summary>2026—2028 values of the 十五五 plan: 16 + 16 + 15 of a [80] cumulative target; the insurance headcount in 2028.</summary>
    private static Dictionary<string, List<YearValue>> ValuesUpTo(int year) => new()
    {
        [Employment] = [.. new[] { new YearValue(2026, 16m), new YearValue(2027, 16m), new YearValue(2028, 15m) }.Where(v => v.Year <= year)],
        [Insurance] = [.. new[] { new YearValue(2028, 220m) }.Where(v => v.Year <= year)],
    };

    private static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>长沙's “十五五” plan with two indicators and their values, created once for the class's portal.</summary>
    private async Task<(int RegionId, List<Indicator> Indicators)> FifteenthPlanAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = await context.Regions.Where(r => r.Name == "长沙市").Select(r => r.Id).SingleAsync();

        // The class's tests run one after another: the first creates the plan.
        if (!await context.Plans.AnyAsync(p => p.RegionId == regionId && p.PeriodStart == Fifteenth.FirstYear))
        {
            var plan = new Plan
            {
                RegionId = regionId,
                Title = "长沙市“十五五”人力资源和社会保障事业发展规划",
                PeriodStart = Fifteenth.FirstYear,
                PeriodEnd = Fifteenth.LastYear,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
                Indicators =
                [
                    new Indicator
                    {
                        Ordinal = 1, Category = "就业", Number = 1, Name = Employment, Unit = "万人",
                        Baseline = Measure.Parse("[78]"), Target = Measure.Parse("[80]"), Cumulative = true, Attribute = IndicatorAttribute.Anticipatory,
                    },
                    new Indicator
                    {
                        Ordinal = 2, Category = "社会保障", Number = 2, Name = Insurance, Unit = "万人",
                        Baseline = Measure.Parse("212.7"), Target = Measure.Parse("230"), Attribute = IndicatorAttribute.Binding,
                    },
                ],
            };
            context.Plans.Add(plan);
            await context.SaveChangesAsync();
            foreach (var indicator in plan.Indicators)
            {
                foreach (var value in ValuesUpTo(Fifteenth.LastYear)[indicator.Name])
                {
                    context.IndicatorValues.Add(new IndicatorValue
                    {
                        IndicatorId = indicator.Id,
                        Year = value.Year,
                        Value = value.Value,
                        UpdatedAt = DateTimeOffset.UtcNow,
                        UpdatedBy = "changsha-reporter",
                        Note = value.Year == Fifteenth.FirstYear ? "十五五开局之年" : null,
                    });
                }
            }

            await context.SaveChangesAsync();
        }

        var indicators = await context.Indicators.AsNoTracking()
            .Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId && p.PeriodStart == Fifteenth.FirstYear))
            .OrderBy(i => i.Ordinal).ToListAsync();
        return (regionId, indicators);
    }
}
