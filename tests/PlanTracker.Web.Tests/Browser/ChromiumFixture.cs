using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`: browser downloads fail here). One browser for the
/// whole test assembly, started by the first class that needs it; each class gets contexts of its own and closes them
/// when it ends (their circuits end with them). Screenshots go to tests/PlanTracker.Web.Tests/bin/.../screenshots
/// for a person to look at.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "PLANTRACKER_CHROMIUM";

    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    private readonly List<FailureCapture.PageRecord> _pages = [];
    private readonly int _failuresBefore = FailureCapture.Failures;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync() => Browser = await SharedBrowserAsync();

    /// <summary>The assembly's browser; launched again if an earlier one crashed.</summary>
    private static async Task<IBrowser> SharedBrowserAsync()
    {
        await Launching.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            var executable = Environment.GetEnvironmentVariable(ExecutableVariable) ?? "/usr/bin/chromium";
            if (!File.Exists(executable))
            {
                throw new InvalidOperationException($"Chromium not found at {executable}: apt-get install chromium fonts-noto-cjk (or set {ExecutableVariable}).");
            }

            Directory.CreateDirectory(ScreenshotDirectory);
            if (_playwright is null)
            {
                _playwright = await Playwright.CreateAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _playwright.Dispose();
            }

            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
            return _browser;
        }
        finally
        {
            Launching.Release();
        }
    }

    /// <summary>A page in a context of its own; kept for <see cref="FailureCapture"/> under the name of the test (file and member) that opened it.</summary>
    public async Task<IPage> NewPageAsync([CallerFilePath] string openedIn = "", [CallerMemberName] string openedBy = "")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        lock (_pages)
        {
            _pages.Add(FailureCapture.Record(page, $"{Path.GetFileNameWithoutExtension(openedIn)}.{openedBy}"));
        }

        return page;
    }

    /// <summary>A new page signed in as a demo user through the sign-in form, landed on the home page.</summary>
    public async Task<IPage> SignedInPageAsync(string baseUrl, string userName, string password = PortalSession.Password,
        [CallerFilePath] string openedIn = "", [CallerMemberName] string openedBy = "")
    {
        var page = await NewPageAsync(openedIn, openedBy);
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#user-name", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });
        // The landing page finishes loading and its circuit starts before the test goes on, or a click could land
        // on a page that is about to be replaced.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>
    /// Resizes the page and waits until the layout has followed: the responsive drawer (MainLayout) closes below 960 px
    /// (MudBlazor's Md) and opens at or above it, after a round trip to the server, and the content moves with it. A
    /// click sent before that lands where the page is still moving (a 390 → 1440 switch lost a click that way).
    /// </summary>
    public static async Task ResizeAsync(IPage page, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.SetViewportSizeAsync(width, height);
        await page.WaitForFunctionAsync(
            "wide => { const drawer = document.querySelector('.app-drawer'); return !drawer || drawer.classList.contains('mud-drawer--open') === wide; }",
            width >= 960);
    }

    /// <summary>
    /// Waits until the page's Blazor circuit is up (the layout marks itself interactive) and the page has read its data
    /// (no <c>Loading</c> placeholder, <c>[data-loading]</c>, is left). A prerendered page loads twice: once for the
    /// prerender, and again when the circuit starts, showing its placeholder in between; a test that went on at
    /// "interactive" alone found the entry form's table gone now and then (ReportingJourneyTests, under load).
    /// </summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.WaitForFunctionAsync(
            "() => document.querySelector(\"[data-interactive='true']\") !== null && document.querySelector('[data-loading]') === null",
            null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });

    /// <summary>Captures the pages if a test failed, then closes this class's contexts; the browser stays for the next class.</summary>
    public async Task DisposeAsync()
    {
        await FailureCapture.WriteAsync(_pages, _failuresBefore);
        foreach (var context in _pages.Select(p => p.Page.Context).Distinct())
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone with a crashed browser: nothing left to close.
            }
        }
    }
}
