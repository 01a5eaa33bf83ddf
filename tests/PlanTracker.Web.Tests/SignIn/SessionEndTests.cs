using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Web.Features.Admin;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>Signing out ends the session on the server at once: a copied cookie is refused (issue 11, defect 3).</summary>
public class SessionEndTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_at_once_by_pages_and_the_api()
    {
        await TestAccounts.CreateAsync(portal, "replay-user");
        var cookies = new CookieContainer();
        var session = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(portal.BaseUrl) };
        Assert.Equal(HttpStatusCode.Redirect, (await PortalSession.PostLoginAsync(session, "replay-user", TestAccounts.Password)).StatusCode);
        var otherDevice = await PortalSession.SignInAsync(portal, "replay-user", TestAccounts.Password);
        var copy = CopyOf(cookies);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/regions")).StatusCode);

        var signedOut = await SignOutAsync(session);
        var page = await copy.GetAsync("/plans");
        var api = await copy.GetAsync("/api/v1/regions");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        // Signing out of one browser leaves the account's other sessions alone.
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync("/plans")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_all_its_sessions_at_once()
    {
        var user = await TestAccounts.CreateAsync(portal, "disable-me");
        var first = await PortalSession.SignInAsync(portal, "disable-me", TestAccounts.Password);
        var second = await PortalSession.SignInAsync(portal, "disable-me", TestAccounts.Password);
        await using (var admin = await UserScopes.ForAsync(portal, "admin"))
        {
            Assert.True((await admin.ServiceProvider.GetRequiredService<UserAdminService>().SetDisabledAsync(user.Id, true)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/plans")).StatusCode);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await context.UserSessions.CountAsync(s => s.UserId == user.Id && s.RevokedAt != null));
    }

    /// <summary>Posts the user menu's sign-out form with its antiforgery token, as the 退出 button does.</summary>
    internal static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var page = new HtmlParser().ParseDocument(await (await client.GetAsync("/account")).Content.ReadAsStringAsync());
        var form = page.QuerySelector("form[action$='account/logout']")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        return await client.PostAsync("/account/logout", new FormUrlEncodedContent(fields));
    }

    /// <summary>A second client that sends the same auth cookie (as an attacker who copied it would), nothing else.</summary>
    private HttpClient CopyOf(CookieContainer cookies)
    {
        var auth = cookies.GetCookies(new Uri(portal.BaseUrl)).Single(c => c.Name == "PlanTracker.Auth");
        var copy = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(portal.BaseUrl) };
        copy.DefaultRequestHeaders.Add("Cookie", $"{auth.Name}={auth.Value}");
        return copy;
    }
}
