using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Security.Passwords;
using PlanTracker.Web.Security.SignIn;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>A portal with the production sign-in limits (the shared portals lift them: the suite signs in from one address).</summary>
public sealed class LimitedPortalFactory : PortalFactory
{
    protected override bool KeepSignInLimits => true;
}

/// <summary>
/// The sign-in rate limits per client address and per user name (issue 11, defect 2), and the same for 修改密码's check
/// of the current password (issue 11, residual). Each test has its own addresses.
/// </summary>
public class SignInLimitTests(LimitedPortalFactory portal) : IClassFixture<LimitedPortalFactory>
{
    private const string NewPassword = "a brand new sentence for this account";

    private static readonly SignInLimitOptions Defaults = new();

    [Fact]
    public async Task One_address_gets_30_attempts_a_minute_whatever_the_names_then_429()
    {
        var address = IPAddress.Parse("127.0.0.21");
        Assert.Equal(30, Defaults.PerAddressPermits);
        for (var i = 0; i < Defaults.PerAddressPermits; i++)
        {
            var allowed = await LoginForm.PostOnceAsync(portal, $"spray-{i}", "wrong password here", address);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal(AccountService.WrongCredentials, await PortalSession.ErrorOf(allowed));
        }

        var refused = await LoginForm.PostOnceAsync(portal, "spray-next", "wrong password here", address);
        var otherAddress = await LoginForm.PostOnceAsync(portal, "spray-next", "wrong password here", IPAddress.Parse("127.0.0.22"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(AccountService.TooManyAttempts, await PortalSession.ErrorOf(refused));
        Assert.Equal(AccountService.WrongCredentials, await PortalSession.ErrorOf(otherAddress));
    }

    [Fact]
    public async Task One_user_name_gets_10_attempts_in_5_minutes_from_any_addresses_then_429()
    {
        Assert.Equal((10, TimeSpan.FromMinutes(5)), (Defaults.PerAccountPermits, Defaults.PerAccountWindow));
        await TestAccounts.CreateAsync(portal, "limited-name");
        for (var i = 0; i < Defaults.PerAccountPermits; i++)
        {
            var allowed = await LoginForm.PostOnceAsync(portal, "limited-name", "wrong password here", IPAddress.Parse($"127.0.0.{40 + i}"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await LoginForm.PostOnceAsync(portal, "limited-name", TestAccounts.Password, IPAddress.Parse("127.0.0.60"));
        var unknownRefused = await RepeatAsync("limited-unknown-name", Defaults.PerAccountPermits + 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(AccountService.TooManyAttempts, await PortalSession.ErrorOf(refused));
        Assert.Equal(HttpStatusCode.TooManyRequests, unknownRefused.StatusCode);
    }

    [Fact]
    public async Task One_account_gets_5_current_password_checks_in_15_minutes_then_429_from_any_address()
    {
        Assert.Equal((5, TimeSpan.FromMinutes(15)), (Defaults.PasswordChangePerAccountPermits, Defaults.PasswordChangeWindow));
        await TestAccounts.CreateAsync(portal, "guessed-in-session");
        var session = await SignedInFromAsync("guessed-in-session", IPAddress.Parse("127.0.0.101"));

        // A new password the rules refuse needs no check of the current one: it costs no attempt.
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains(PortalPasswordValidator.CommonMessage, await PortalSession.ErrorOf(await ChangePasswordAsync(session, "not the current one", "password1234")));
        }

        for (var i = 0; i < Defaults.PasswordChangePerAccountPermits; i++)
        {
            var wrong = await ChangePasswordAsync(session, $"wrong current password {i}", NewPassword);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Equal("当前密码不正确。", await PortalSession.ErrorOf(wrong));
        }

        var refused = await ChangePasswordAsync(session, TestAccounts.Password, NewPassword);
        var otherSession = await SignedInFromAsync("guessed-in-session", IPAddress.Parse("127.0.0.102"));
        var refusedElsewhere = await ChangePasswordAsync(otherSession, TestAccounts.Password, NewPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(AccountService.TooManyPasswordChanges, await PortalSession.ErrorOf(refused));
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedElsewhere.StatusCode);
        // Nothing changed: the password still signs in; each wrong current password is in the audit trail.
        await SignedInFromAsync("guessed-in-session", IPAddress.Parse("127.0.0.103"));
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        Assert.Equal(Defaults.PasswordChangePerAccountPermits, await context.AuditEvents.CountAsync(e => e.UserName == "guessed-in-session" && e.Action == AuditActions.PasswordChangeFailed));
    }

    [Fact]
    public async Task One_address_gets_20_current_password_checks_in_15_minutes_whatever_the_accounts_then_429()
    {
        Assert.Equal(20, Defaults.PasswordChangePerAddressPermits);
        var address = IPAddress.Parse("127.0.0.110");
        var accounts = Defaults.PasswordChangePerAddressPermits / Defaults.PasswordChangePerAccountPermits;
        for (var a = 0; a < accounts; a++)
        {
            await TestAccounts.CreateAsync(portal, $"change-spray-{a}");
            var session = await SignedInFromAsync($"change-spray-{a}", address);
            for (var i = 0; i < Defaults.PasswordChangePerAccountPermits; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await ChangePasswordAsync(session, $"wrong current password {i}", NewPassword)).StatusCode);
            }
        }

        await TestAccounts.CreateAsync(portal, "change-spray-next");
        var refused = await ChangePasswordAsync(await SignedInFromAsync("change-spray-next", address), "wrong current password", NewPassword);
        var otherAddress = await ChangePasswordAsync(await SignedInFromAsync("change-spray-next", IPAddress.Parse("127.0.0.111")), "wrong current password", NewPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(AccountService.TooManyPasswordChanges, await PortalSession.ErrorOf(refused));
        Assert.Equal("当前密码不正确。", await PortalSession.ErrorOf(otherAddress));
    }

    private async Task<HttpClient> SignedInFromAsync(string userName, IPAddress address)
    {
        var form = await LoginForm.FetchAsync(portal, address);
        var signedIn = await form.PostAsync(userName, TestAccounts.Password);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in of {userName} failed: {(int)signedIn.StatusCode} {await PortalSession.ErrorOf(signedIn)}");
        return form.Client;
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient session, string current, string next) =>
        PortalSession.PostFormAsync(session, "/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    /// <summary>The same name from fresh addresses; the last answer.</summary>
    private async Task<HttpResponseMessage> RepeatAsync(string userName, int times)
    {
        HttpResponseMessage last = null!;
        for (var i = 0; i < times; i++)
        {
            last = await LoginForm.PostOnceAsync(portal, userName, "wrong password here", IPAddress.Parse($"127.0.0.{70 + i}"));
        }

        return last;
    }
}
