using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanTracker.LoadTests;

/// <summary>
/// The portal's process as Linux sees it: found by the port it listens on, its CPU time (utime + stime from
/// /proc/PID/stat), its resident memory, and its managed heap after a full collection (dotnet-gcdump collect
/// induces the collection and `report` sums the live objects).
/// </summary>
public sealed partial class ServerProbe(int pid)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public int Pid { get; } = pid;

    public static ServerProbe ForPort(int port)
    {
        var inodes = new HashSet<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            foreach (var line in File.Exists(table) ? File.ReadLines(table).Skip(1) : [])
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN; field 9 is the inode.
                if (fields.Length > 9 && fields[3] == "0A" && int.Parse(fields[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    inodes.Add($"socket:[{fields[9]}]");
                }
            }
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                if (Directory.EnumerateFiles(Path.Combine(dir, "fd")).Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)))
                {
                    return new ServerProbe(int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture));
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or DirectoryNotFoundException or IOException)
            {
                // another user's process, or one that just ended
            }
        }

        throw new InvalidOperationException($"No process here listens on port {port}.");
    }

    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    public long ResidentBytes() =>
        long.Parse(ResidentKb().Match(File.ReadAllText($"/proc/{Pid}/status")).Groups[1].Value, CultureInfo.InvariantCulture) * 1024;

    /// <summary>Live managed bytes after a full collection, and the types holding the most (for docs/benchmarks-load.md).</summary>
    public async Task<(long Bytes, string Report)> ManagedHeapAsync(string workDirectory, CancellationToken cancellationToken)
    {
        var dump = Path.Combine(workDirectory, $"heap-{DateTime.UtcNow:HHmmss}.gcdump");
        await RunAsync("dotnet-gcdump", $"collect -p {Pid} -o {dump}", cancellationToken);
        var report = await RunAsync("dotnet-gcdump", $"report {dump}", cancellationToken);
        File.Delete(dump);
        // "report" lists "<bytes>  GC Heap bytes" first, then "<size> <count> <type>" rows.
        var total = TotalBytes().Match(report);
        return (total.Success ? long.Parse(total.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : 0, report);
    }

    private static async Task<string> RunAsync(string tool, string arguments, CancellationToken cancellationToken)
    {
        var home = Environment.GetEnvironmentVariable("HOME") ?? "/root";
        var path = File.Exists(Path.Combine(home, ".dotnet", "tools", tool)) ? Path.Combine(home, ".dotnet", "tools", tool) : tool;
        using var process = Process.Start(new ProcessStartInfo(path, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {arguments}: {await process.StandardError.ReadToEndAsync(cancellationToken)}{output}");
        }

        return output;
    }

    [GeneratedRegex(@"VmRSS:\s+(\d+) kB")]
    private static partial Regex ResidentKb();

    [GeneratedRegex(@"([\d,]+)\s+GC Heap bytes")]
    private static partial Regex TotalBytes();
}
