using System.Globalization;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// What a failed browser test leaves behind: a screenshot and the visible text of every page its class still had open,
/// the browser's console errors, and the portal's warnings and errors. A failed run in CI otherwise leaves only a stack
/// trace ("waiting for entry-saved") and no way to tell a refused save from a page that never answered.
/// xUnit 2 tells a fixture nothing about outcomes, so a failure is noticed as it is thrown: an assertion, a Playwright
/// timeout or error. A retry that catches its own timeout (<see cref="MudControls"/>) leaves a capture too; that is harmless.
/// The files go to screenshots/failures; scripts/test.sh prints them after a failed run.
/// </summary>
public static class FailureCapture
{
    private static int _failures;
    private static int _captures;

    public static string Directory { get; } = Path.Combine(ChromiumFixture.ScreenshotDirectory, "failures");

    /// <summary>How many failures have been thrown so far in this test process.</summary>
    public static int Failures => Volatile.Read(ref _failures);

    [ModuleInitializer]
    internal static void Watch() => AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
    {
        if (e.Exception is Xunit.Sdk.XunitException or TimeoutException or PlaywrightException)
        {
            Interlocked.Increment(ref _failures);
        }
    };

    /// <summary>Starts keeping a page's console errors and failed requests, named after the test that opened it.</summary>
    public static PageRecord Record(IPage page, string openedBy)
    {
        var record = new PageRecord(page, openedBy);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                record.Log($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => record.Log($"page error: {error}");
        page.RequestFailed += (_, request) => record.Log($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.WebSocket += (_, socket) => socket.Close += (_, _) => record.Log($"websocket closed: {socket.Url}");
        return record;
    }

    /// <summary>Screenshots and text of the pages still open, written when a failure was thrown since <paramref name="failuresBefore"/>.</summary>
    public static async Task WriteAsync(IEnumerable<PageRecord> pages, int failuresBefore)
    {
        if (Failures == failuresBefore)
        {
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        foreach (var record in pages.Where(p => !p.Page.IsClosed))
        {
            var name = Path.Combine(Directory, $"{Interlocked.Increment(ref _captures):000}-{record.OpenedBy}");
            var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"opened by {record.OpenedBy}; now at {record.Page.Url}");
            try
            {
                await record.Page.ScreenshotAsync(new PageScreenshotOptions { Path = name + ".png", FullPage = true, Timeout = 10_000 });
                // Messages first (alerts, snackbars, dialogs, field errors): they usually say why the awaited state never came.
                var messages = await record.Page.Locator(".mud-alert, .mud-snackbar, .mud-dialog, [role=alert], .validation-message, .mud-input-helper-text.mud-input-error")
                    .AllInnerTextsAsync();
                text.AppendLine("--- messages on the page ---").AppendJoin(Environment.NewLine, messages.Where(m => m.Trim().Length > 0)).AppendLine();
                var body = await record.Page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
                text.AppendLine("--- visible text ---").AppendLine(body.Length > 4_000 ? body[..4_000] + " …" : body);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"(no screenshot: {ex.Message})");
            }

            var report = text.ToString();
            var browserLines = string.Join(Environment.NewLine, record.Lines);
            // The browser's own log goes before the long page text so that a printed head shows it.
            var split = report.IndexOf("--- visible text ---", StringComparison.Ordinal);
            report = split < 0 ? report + "--- browser ---" + Environment.NewLine + browserLines
                : report[..split] + "--- browser ---" + Environment.NewLine + browserLines + Environment.NewLine + report[split..];
            await File.WriteAllTextAsync(name + ".txt", report);
        }
    }

    /// <summary>A portal's warnings and errors (its caller knows whether a failure was thrown while it ran).</summary>
    public static async Task WritePortalLogAsync(CapturingLogSink logs, string portalName)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var lines = logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message}{(e.Exception is null ? string.Empty : Environment.NewLine + e.Exception)}");
        await File.WriteAllLinesAsync(Path.Combine(Directory, $"portal-{portalName}-{Interlocked.Increment(ref _captures):000}.log"), lines);
    }

    /// <summary>One page a test opened and what its browser reported.</summary>
    public sealed class PageRecord(IPage page, string openedBy)
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IPage Page { get; } = page;

        public string OpenedBy { get; } = openedBy;

        public IEnumerable<string> Lines => _lines;

        public void Log(string line) => _lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
    }
}
