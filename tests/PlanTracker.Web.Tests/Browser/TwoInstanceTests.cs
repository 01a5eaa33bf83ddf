using Microsoft.Playwright;
using PlanTracker.TestSupport;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Two portal instances on one database behind nginx, configured as docs/deploy/nginx-plantracker.conf ships: a
/// sign-in on one is recognised by the other (the key ring and the sessions are in the database), a save made through
/// the proxy is seen through both, and when the instance holding a page's circuit stops, the page shows the reconnect
/// dialog and comes back from the other one, still signed in. Own database.
/// </summary>
public sealed class TwoInstanceTests(ChromiumFixture browser) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const int Year = 2024;
    private const string Row = "tr[data-indicator='城镇新增就业人数'] input.entry-input";
    private readonly List<FixedAddressPortal> _instances = [];
    private NginxProxy? _proxy;

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("twoinstances");
        // One after the other, as a rolling start would: the first applies the migrations and imports the seeds.
        foreach (var _ in new[] { "a", "b" })
        {
            var instance = new FixedAddressPortal(database, FixedAddressPortal.FreeLoopbackPort());
            await instance.InitializeAsync();
            _instances.Add(instance);
        }

        _proxy = await NginxProxy.StartAsync([.. _instances.Select(i => new Uri(i.BaseUrl).Port)]);
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task Both_instances_know_the_user_see_the_same_saves_and_a_page_survives_its_instance_stopping()
    {
        var (a, b) = (_instances[0], _instances[1]);

        // Signed in on A, recognised by B (cookies are not kept per port).
        var client = await PortalSession.SignInAsync(a, "xiangxi-reporter");
        var onB = await client.GetAsync($"{b.BaseUrl}/progress/{Year}/form.csv");
        Assert.Equal(System.Net.HttpStatusCode.OK, onB.StatusCode);

        // A reporter through the proxy saves a value.
        var page = await browser.SignedInPageAsync(_proxy!.BaseUrl, "xiangxi-reporter");
        await page.GotoAsync($"{_proxy.BaseUrl}/progress?year={Year}");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await EntryFormSteps.TypeAsync(page, page.Locator(Row), "3.3");
        await page.GetByTestId("entry-save").ClickAsync();
        await page.GetByTestId("entry-saved").WaitForAsync();

        // Both instances serve it.
        foreach (var instance in _instances)
        {
            var csv = await client.GetStringAsync($"{instance.BaseUrl}/progress/{Year}/form.csv");
            Assert.Contains("城镇新增就业人数", csv, StringComparison.Ordinal);
            Assert.Contains(csv.Split('\n'), line => line.Contains("城镇新增就业人数", StringComparison.Ordinal) && line.Contains(",3.3,", StringComparison.Ordinal));
        }

        // The instance that served the page (and holds its circuit: the route cookie keeps them together) stops.
        var holder = _instances.Single(i => i.Logs.Events.Any(e => CapturingLogSink.IsRequest(e) && CapturingLogSink.Property(e, "RequestPath") == "/progress"));
        var other = _instances.Single(i => i != holder);
        await page.EvaluateAsync("() => window.__beforeStop = true");
        await holder.DisposeAsync();
        _instances.Remove(holder);

        // The reconnect dialog shows, then the page is loaded again, from the other instance, still signed in.
        await page.Locator("#components-reconnect-modal").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "two-instances-reconnecting.png") });
        await page.WaitForFunctionAsync("() => window.__beforeStop === undefined", null, new PageWaitForFunctionOptions { Timeout = 90_000, PollingInterval = 200 });
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.EndsWith($"/progress?year={Year}", page.Url, StringComparison.Ordinal);
        Assert.Equal("3.3", await page.Locator(Row).InputValueAsync());
        Assert.Contains(other.Logs.Events, e => CapturingLogSink.IsRequest(e) && CapturingLogSink.Property(e, "RequestPath") == "/progress");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "two-instances-back.png"), FullPage = true });
    }
}
