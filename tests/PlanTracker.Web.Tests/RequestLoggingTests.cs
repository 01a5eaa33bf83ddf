using System.Net;
using PlanTracker.Web.Hosting;
using Serilog.Events;

namespace PlanTracker.Web.Tests;

/// <summary>Serilog.AspNetCore's request logging: one event per request, naming the user and the city (issue 14).</summary>
public class RequestLoggingTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_signed_in_request_is_logged_once_with_the_user_name_and_city()
    {
        var session = await PortalSession.SignInAsync(portal, "changsha-reporter");
        var path = $"/plans/{Guid.NewGuid():N}";

        var response = await session.GetAsync(path);

        var logged = await portal.Logs.WaitForAsync(e => RequestPath(e) == path, Timeout);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("changsha-reporter", CapturingLogSink.Property(logged, SerilogSetup.UserNameProperty));
        Assert.Equal("长沙市", CapturingLogSink.Property(logged, SerilogSetup.RegionProperty));
        Assert.Equal("GET", CapturingLogSink.Property(logged, "RequestMethod"));
        Assert.Equal("404", CapturingLogSink.Property(logged, "StatusCode"));
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Single(portal.Logs.Events, e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(path, StringComparison.Ordinal));
        // No second record of requests: ASP.NET Core's HTTP logging and hosting diagnostics stay out.
        Assert.DoesNotContain(portal.Logs.Events, e => CapturingLogSink.CategoryOf(e).StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)
            || CapturingLogSink.CategoryOf(e) == "Microsoft.AspNetCore.Hosting.Diagnostics");
    }

    [Fact]
    public async Task A_provincial_user_has_no_city_and_an_anonymous_request_no_user()
    {
        var session = await PortalSession.SignInAsync(portal, "province");
        var signedIn = $"/plans/{Guid.NewGuid():N}";
        var anonymous = $"/account/login/{Guid.NewGuid():N}";

        await session.GetAsync(signedIn);
        await portal.CreateBrowserLikeClient().GetAsync(anonymous);

        var provincial = await portal.Logs.WaitForAsync(e => RequestPath(e) == signedIn, Timeout);
        var nobody = await portal.Logs.WaitForAsync(e => RequestPath(e) == anonymous, Timeout);
        Assert.Equal("province", CapturingLogSink.Property(provincial, SerilogSetup.UserNameProperty));
        Assert.False(provincial.Properties.ContainsKey(SerilogSetup.RegionProperty));
        Assert.False(nobody.Properties.ContainsKey(SerilogSetup.UserNameProperty));
    }

    private static string? RequestPath(LogEvent logEvent) =>
        CapturingLogSink.IsRequest(logEvent) ? CapturingLogSink.Property(logEvent, "RequestPath") : null;
}
