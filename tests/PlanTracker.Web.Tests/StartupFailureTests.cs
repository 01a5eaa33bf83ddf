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
}
