using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>Prints an HTML page to PDF with headless Chromium (/usr/bin/chromium), cached per test run by the page's hash.</summary>
internal static class ChromiumPrinter
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string Cache = Path.Combine(Path.GetTempPath(), $"plantracker-pdf-{Environment.ProcessId}");

    /// <summary>One print at a time: two test classes printing the same page must not share a Chromium profile.</summary>
    private static readonly Lock Gate = new();

    public static byte[] Print(string html)
    {
        lock (Gate)
        {
            return PrintOnce(html);
        }
    }

    private static byte[] PrintOnce(string html)
    {
        Directory.CreateDirectory(Cache);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..16];
        var source = Path.Combine(Cache, key + ".html");
        var pdf = Path.Combine(Cache, key + ".pdf");
        if (File.Exists(pdf))
        {
            return File.ReadAllBytes(pdf);
        }

        File.WriteAllText(source, html);
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={Path.Combine(Cache, "profile-" + Guid.NewGuid().ToString("N"))}", $"--print-to-pdf={pdf}"])
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--no-pdf-header-footer");
        start.ArgumentList.Add(new Uri(source).AbsoluteUri);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var output = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not print {source} within 120 s");
        }

        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"chromium printed no PDF (exit {process.ExitCode}): {output.Result}");
        }

        return File.ReadAllBytes(pdf);
    }
}
