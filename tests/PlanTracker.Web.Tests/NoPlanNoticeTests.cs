using Microsoft.AspNetCore.Hosting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// A portal that loaded no plan says so where the admin looks (home and 规划), with the reason the start-up found: here
/// a Seeds:Directory that does not exist. Its own database: the shared portal has the seed plans.
/// </summary>
public class NoPlanNoticeTests : IAsyncLifetime
{
    private const string Missing = "/nonexistent/plantracker-seeds";
    private readonly NoSeedsPortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task The_admin_is_told_that_no_plan_is_loaded_and_why()
    {
        var admin = await PortalSession.SignInAsync(_portal, "admin");
        foreach (var page in new[] { "/", "/plans" })
        {
            var html = await admin.GetStringAsync(page);
            Assert.Contains("系统中还没有任何规划。", html, StringComparison.Ordinal);
            Assert.Contains($"配置的种子规划文件夹 {Missing}（Seeds:Directory）不存在。", html, StringComparison.Ordinal);
        }

        var reporter = await PortalSession.SignInAsync(_portal, "changsha-reporter");
        var reporterHome = await reporter.GetStringAsync("/");
        Assert.Contains("本市规划尚未导入，请联系管理员。", reporterHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Seeds:Directory", reporterHome, StringComparison.Ordinal);
        Assert.Contains(_portal.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains(Missing, StringComparison.Ordinal));
    }

    private sealed class NoSeedsPortal : PortalFactory
    {
        protected override bool StartsOnSeededCopy => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Seeds:Directory", Missing);
        }
    }
}
