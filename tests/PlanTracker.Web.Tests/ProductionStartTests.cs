using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PlanTracker.TestSupport;

namespace PlanTracker.Web.Tests;

/// <summary>In Production there are no demo accounts and no default passwords.</summary>
public class ProductionStartTests
{
    [Fact]
    public async Task The_admin_password_comes_from_configuration_and_no_demo_account_exists()
    {
        const string configured = "configured initial password for production";
        Environment.SetEnvironmentVariable("Admin__InitialPassword", configured);
        try
        {
            await using var portal = new ProductionPortal();
            await portal.InitializeAsync();

            await PortalSession.SignInAsync(portal, "admin", configured);
            var demo = await PortalSession.PostLoginAsync(portal.CreateBrowserLikeClient(), "changsha-reporter", PortalSession.Password);
            Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
            Assert.Contains("用户名或密码不正确", await PortalSession.ErrorOf(demo));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Admin__InitialPassword", null);
        }
    }

    [Fact]
    public async Task Without_a_configured_password_one_is_generated_and_shown_once()
    {
        await using var portal = new ProductionPortal();
        await portal.InitializeAsync();

        var notice = Assert.Single(portal.Logs.Entries, e => e.Message.Contains("初始密码", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, notice.Level);
        var password = notice.Message.Split("初始密码 ")[1].Split('。')[0];
        Assert.True(password.Length >= 12);
        Assert.NotEqual(PortalSession.Password, password);
        await PortalSession.SignInAsync(portal, "admin", password);
    }

    private sealed class ProductionPortal : PortalFactory
    {
        public override async Task InitializeAsync()
        {
            ConnectionString = await TestPostgres.CreateDatabaseAsync("production");
            Start();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
