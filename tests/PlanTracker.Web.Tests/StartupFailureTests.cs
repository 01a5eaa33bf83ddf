using System.Diagnostics;

namespace PlanTracker.Web.Tests;

public class StartupFailureTests
{
    [Fact]
    public async Task Portal_that_cannot_reach_its_database_exits_with_one_clear_message_and_no_stack_trace()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanTracker.Web.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["ConnectionStrings__PlanTracker"] = "Host=127.0.0.1;Port=1;Database=plantracker;Username=x;Password=x;Timeout=3";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var all = await output + await error;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("PlanTracker 无法启动：无法连接到已配置的数据库 127.0.0.1:1/plantracker", await error);
        Assert.DoesNotContain("   at ", all);
    }

    [Fact]
    public async Task A_start_that_fails_after_starting_the_private_cluster_stops_it_again()
    {
        // The address is taken, so Kestrel cannot listen: the cluster was started (and migrated) by then.
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var root = Path.Combine(Path.GetTempPath(), $"plantracker-start-{Guid.NewGuid():N}"[..32]);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanTracker.Web.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.Environment.Remove("ConnectionStrings__PlanTracker");
        start.Environment["LocalPostgres__RootDirectory"] = root;
        start.Environment["Seeds__Import"] = "false";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var all = await output + await error;

            Assert.True(process.ExitCode == 1, all);
            Assert.Contains($"PlanTracker 无法启动：Failed to bind to address http://127.0.0.1:{port}", await error);
            Assert.True(File.Exists(Path.Combine(root, "data", "PG_VERSION")), all);
            Assert.False(File.Exists(Path.Combine(root, "data", "postmaster.pid")), "the private cluster is still running:\n" + all);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Started_from_another_directory_the_portal_reads_its_own_settings_and_logs()
    {
        // A service started with no working directory: the current directory is "/", not the program's folder.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanTracker.Web.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["ConnectionStrings__PlanTracker"] = await PlanTracker.TestSupport.TestPostgres.CreateDatabaseAsync("elsewhere");
        start.Environment["Seeds__Import"] = "false";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("Admin__InitialPassword");

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        try
        {
            // Serilog's console sink comes from appsettings.json: without it nothing after the start-up lines is written,
            // and the admin's generated password (Production) would be lost.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.Contains("PlanTracker 已启动", StringComparison.Ordinal))
                {
                    break;
                }
            }

            var all = string.Join('\n', lines);
            Assert.Contains(lines, l => l.Contains("PlanTracker 已启动", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("初始密码", StringComparison.Ordinal));
            Assert.Contains("Content root path: " + AppContext.BaseDirectory.TrimEnd('/'), all, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.DoesNotContain("   at ", await error);
    }
}
