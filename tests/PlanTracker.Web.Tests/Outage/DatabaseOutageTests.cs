using System.Net;
using System.Text.Json;

namespace PlanTracker.Web.Tests.Outage;

/// <summary>
/// PostgreSQL stopped under a Production-mode portal (issue 11, defect 7): the friendly Chinese error page with 503,
/// /health 503 with a reason, the sign-in page still there, also after the cookie's revalidation interval; and
/// everything works again once the server is back.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly OutagePortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task While_the_database_is_away_pages_explain_it_health_says_why_and_signing_in_is_refused_politely()
    {
        var admin = await PortalSession.SignInAsync(_portal, "admin", OutagePortal.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/plans")).StatusCode);

        await _portal.StopDatabaseAsync();
        try
        {
            await AssertOutageAnswersAsync(admin);

            // Past the cookie's security-stamp interval (1 minute): its check needs the database too.
            _portal.Clock.Advance(TimeSpan.FromMinutes(2));
            await AssertOutageAnswersAsync(admin);

            var login = await admin.GetAsync("/account/login");
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var loginPage = await login.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"login-form\"", loginPage, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"outage-banner\"", loginPage, StringComparison.Ordinal);

            var signIn = await PortalSession.PostLoginAsync(_portal.CreateBrowserLikeClient(), "admin", OutagePortal.AdminPassword);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
            Assert.Contains("服务暂时不可用", await PortalSession.ErrorOf(signIn), StringComparison.Ordinal);
        }
        finally
        {
            await _portal.StartDatabaseAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _portal.CreateBrowserLikeClient().GetAsync("/health")).StatusCode);
        // A write: signing in stores the sign-in (audit trail, failed-count reset).
        await PortalSession.SignInAsync(_portal, "admin", OutagePortal.AdminPassword);
    }

    private async Task AssertOutageAnswersAsync(HttpClient signedIn)
    {
        foreach (var client in new[] { _portal.CreateBrowserLikeClient(), signedIn })
        {
            var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            using var reason = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal("Unhealthy", reason.RootElement.GetProperty("status").GetString());
            Assert.Contains("数据库", reason.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        var page = await signedIn.GetAsync("/plans");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var notice = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".friendly-error[data-testid=error-boundary]");
        Assert.NotNull(notice);
        Assert.Equal("数据库暂时不可用", notice.QuerySelector("h2")?.TextContent);

        var api = await signedIn.GetAsync("/api/v1/regions");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.True("application/problem+json" == api.Content.Headers.ContentType?.MediaType, await api.Content.ReadAsStringAsync());
        Assert.Contains("数据库暂时不可用", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
