using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Data.Identity;
using PlanTracker.Data.Importing;
using PlanTracker.TestSupport;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Issue 13, as a reporter would in 2027: 娄底 (the 长沙 text under another city's name, so no other test's city) has its
/// 十四五 plan and a 十五五 plan written from it (<see cref="NextPeriodText"/>). The reporter opens 2026, which only the
/// 15th plan covers, sees the plan's own columns (2025年 baseline, 2030年目标), enters a value and finds it saved.
/// </summary>
[Collection(PortalCollection.Name)]
public class FifteenthPlanEntryBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    private const string City = "娄底";
    private const string Reporter = "loudi-reporter";

    [Fact]
    public async Task A_reporter_enters_2026_against_the_citys_15th_plan()
    {
        var fourteenth = SeedTexts.Read("001").Replace("长沙", City, StringComparison.Ordinal);
        var importer = portal.Services.GetRequiredService<PlanImporter>();
        await importer.ImportAsync(new ImportSource("娄底十四五.txt", Encoding.UTF8.GetBytes(fourteenth), "admin"), allowRemovals: false);
        var fifteenth = await importer.ImportAsync(new ImportSource("娄底十五五.txt", Encoding.UTF8.GetBytes(NextPeriodText.From(fourteenth)), "admin"), allowRemovals: false);
        Assert.True(fifteenth.Outcome is ImportOutcome.Created or ImportOutcome.AlreadyImported, fifteenth.Message);
        await EnsureReporterAsync();

        var page = await browser.SignedInPageAsync(portal.BaseUrl, Reporter);
        await page.GotoAsync(portal.BaseUrl + "/progress?year=2026");
        var table = page.GetByTestId("entry-table");
        await table.WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        var header = await table.Locator("thead").InnerTextAsync();
        Assert.Contains("2025年", header);
        Assert.Contains("2030年目标", header);
        Assert.DoesNotContain("2020年", header);

        // the 15th plan's 失业保险参保人数 row as the variant prints it: 182.8 under 2025年, 212.7 under 2030年
        var row = page.Locator("tr[data-indicator='失业保险参保人数']");
        Assert.Contains("212.7", await row.InnerTextAsync());
        await EntryFormSteps.TypeAsync(page, row.Locator("input.entry-input"), "186.4");
        await page.GetByTestId("entry-save").ClickAsync();
        await page.GetByTestId("entry-saved").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("progress-entry-15th.png"), FullPage = true });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("progress-entry-15th-390.png"), FullPage = true });
        await ChromiumFixture.ResizeAsync(page, 1440, 900);

        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Equal("186.4", await page.Locator("tr[data-indicator='失业保险参保人数'] input.entry-input").InputValueAsync());
    }

    private async Task EnsureReporterAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByNameAsync(Reporter) is not null)
        {
            return;
        }

        await using var context = await portal.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PlanTracker.Data.PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = context.Regions.Single(r => r.Name == City + "市").Id;
        var user = new ApplicationUser { UserName = Reporter, DisplayName = "娄底填报员", RegionId = regionId };
        Assert.True((await users.CreateAsync(user, PortalSession.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.CityReporter)).Succeeded);
    }

    private static string Shot(string name) => Path.Combine(ChromiumFixture.ScreenshotDirectory, name);
}
