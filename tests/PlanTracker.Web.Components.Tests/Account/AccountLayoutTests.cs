using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PlanTracker.Data;
using PlanTracker.Web.Components.Layout;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Components.Tests.Account;

/// <summary>The sign-in page's frame names the portal as the bureau configured it (Portal:Name), not a fixed “PlanTracker”.</summary>
public class AccountLayoutTests : PortalComponentTest
{
    public AccountLayoutTests()
    {
        // Only asked whether the database is away (it is not): the outage banner stays hidden and nothing connects.
        Services.AddSingleton(new DatabaseConnection("Host=127.0.0.1;Database=plantracker", null));
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(NullLogger<DatabaseAvailability>.Instance);
        Services.AddSingleton<DatabaseAvailability>();
    }

    [Fact]
    public void The_configured_portal_name_and_subtitle_head_the_sign_in_card()
    {
        Services.Configure<PortalBranding>(b => (b.Name, b.Subtitle) = ("长沙市人力资源和社会保障局 规划监测平台", "“十四五”规划实施监测"));

        var layout = Render<AccountLayout>(p => p.Add(l => l.Body, body => body.AddMarkupContent(0, "<h1>登录</h1>")));

        Assert.Equal("长沙市人力资源和社会保障局 规划监测平台", layout.Find("[data-testid=portal-name]").TextContent);
        Assert.Contains("“十四五”规划实施监测", layout.Find(".brand-line").TextContent);
        Assert.DoesNotContain("PlanTracker", layout.Find(".account-card").TextContent);
        Assert.Equal("登录", layout.Find(".account-card h1").TextContent);
        Assert.Empty(layout.FindAll("[data-testid=outage-banner]"));
    }

    [Fact]
    public void Without_configuration_the_default_name_is_shown()
    {
        var layout = Render<AccountLayout>(p => p.Add(l => l.Body, body => body.AddMarkupContent(0, "<h1>登录</h1>")));

        Assert.Equal(PortalBranding.DefaultName, layout.Find("[data-testid=portal-name]").TextContent);
    }
}
