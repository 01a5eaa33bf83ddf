using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`: browser downloads fail here).
/// Screenshots go to tests/PlanTracker.Web.Tests/bin/.../screenshots for a person to look at.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "PLANTRACKER_CHROMIUM";

    private readonly List<FailureCapture.PageRecord> _pages = [];
    private readonly int _failuresBefore = FailureCapture.Failures;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: apt-get install chromium fonts-noto-cjk (or set {ExecutableVariable}).");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
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

    /// <summary>Waits until the page's Blazor circuit is up (the layout marks itself interactive).</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    public async Task DisposeAsync()
    {
        await FailureCapture.WriteAsync(_pages, _failuresBefore);
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
