using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain.Progress;

namespace PlanTracker.Web.Tests;

/// <summary>What the dashboard page shows agrees with the progress engine run on the values stored in PostgreSQL.</summary>
[Collection(PortalCollection.Name)]
public class DashboardTests(PortalFactory portal)
{
    [Theory]
    [InlineData("changsha-leader", "长沙市", 2023, "all")]
    [InlineData("province", "鄂州市", 2022, "all")]
    [InlineData("changsha-leader", "长沙市", 2023, "approved")]
    [InlineData("province", "鄂州市", 2022, "approved")]
    public async Task Every_row_and_count_on_the_page_equals_the_engine_on_the_stored_values(string userName, string city, int year, string data)
    {
        var client = await PortalSession.SignInAsync(portal, userName);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = await context.Regions.Where(r => r.Name == city).Select(r => r.Id).SingleAsync();
        var indicators = await context.Indicators.AsNoTracking().Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId)).OrderBy(i => i.Ordinal).ToListAsync();
        var all = await ReadValuesAsync(year);
        var values = data == "all" ? all : await ReadApprovedValuesAsync(year);

        // The page's default is approved values only: asking for nothing must be the same as asking for "approved".
        var html = await client.GetStringAsync($"/dashboard?city={regionId}&year={year}{(data == "all" ? "&data=all" : null)}");

        var document = new HtmlParser().ParseDocument(html);
        var rows = document.QuerySelectorAll("[data-testid=progress-table] tbody tr[data-indicator]").ToList();
        Assert.Equal(indicators.Count, rows.Count);
        var expected = indicators.Select(i => ProgressEngine.Evaluate(i, values.GetValueOrDefault(i.Id, []), new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025))).ToList();
        for (var index = 0; index < rows.Count; index++)
        {
            var hidden = all.GetValueOrDefault(indicators[index].Id, []).Count - values.GetValueOrDefault(indicators[index].Id, []).Count;
            Assert.Equal(indicators[index].Name, rows[index].GetAttribute("data-indicator"));
            Assert.Equal(expected[index].Status.ToChinese(), rows[index].QuerySelector(".status-badge")!.TextContent.Trim());
            Assert.Equal(
                expected[index].Status == ProgressStatus.NoData && hidden > 0 ? $"尚无计入范围的数据（另有 {hidden} 个未审核数值）" : expected[index].Reason,
                rows[index].QuerySelector(".reason")!.TextContent.Trim());
        }

        var counts = document.QuerySelectorAll("[data-testid=status-summary] .status-count")
            .ToDictionary(c => c.QuerySelectorAll("span")[1].TextContent, c => int.Parse(c.QuerySelector(".count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var status in Enum.GetValues<ProgressStatus>())
        {
            Assert.Equal(expected.Count(e => e.Status == status), counts[status.ToChinese()]);
        }

        var warnings = document.QuerySelectorAll("[data-testid=binding-warnings] li strong").Select(s => s.TextContent).ToList();
        Assert.Equal(indicators.Where((_, i) => expected[i].BindingWarning).Select(i => i.Name), warnings);
        Assert.NotNull(document.QuerySelector("[data-testid=demo-banner]"));
    }

    /// <summary>The stored values of approved city-year reports up to a year, read with plain SQL.</summary>
    private Task<Dictionary<int, List<YearValue>>> ReadApprovedValuesAsync(int year) =>
        PlainSql.ValuesAsync(portal.ConnectionString,
            "SELECT v.indicator_id, v.year, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN plans p ON p.id = i.plan_id " +
            "JOIN city_year_reports r ON r.region_id = p.region_id AND r.year = v.year AND r.status = 2 WHERE v.year <= @year ORDER BY v.indicator_id, v.year", ("year", year));

    /// <summary>The stored values up to a year, read with plain SQL rather than through the page's own query.</summary>
    private Task<Dictionary<int, List<YearValue>>> ReadValuesAsync(int year) =>
        PlainSql.ValuesAsync(portal.ConnectionString, "SELECT indicator_id, year, value FROM indicator_values WHERE year <= @year ORDER BY indicator_id, year", ("year", year));
}
