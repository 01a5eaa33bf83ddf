using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Features.Account;

namespace PlanTracker.Web.Tests;

/// <summary>Lockout, disabled accounts, password changes and session lifetimes, on a portal with its own database and clock.</summary>
public class AccountSecurityTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = portal.CreateBrowserLikeClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await PortalSession.PostLoginAsync(client, "xiangxi-leader", "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(attempt < 5 ? AccountService.WrongCredentials : AccountService.LockedOut, await PortalSession.ErrorOf(wrong));
        }

        var right = await PortalSession.PostLoginAsync(client, "xiangxi-leader", PortalSession.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(AccountService.LockedOut, await PortalSession.ErrorOf(right));
        await using var context = await NewContextAsync();
        Assert.True(await context.AuditEvents.AnyAsync(e => e.Action == AuditActions.LockedOut && e.UserName == "xiangxi-leader"));
        Assert.Equal(4, await context.AuditEvents.CountAsync(e => e.Action == AuditActions.SignInFailed && e.UserName == "xiangxi-leader"));
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_session_and_refuses_new_sign_ins()
    {
        var session = await PortalSession.SignInAsync(portal, "ezhou-reporter");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/plans")).StatusCode);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByNameAsync("ezhou-reporter"))!;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }

        // The cookie is re-validated against the account at most a minute later.
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await session.GetAsync("/plans");
        var again = await PortalSession.PostLoginAsync(portal.CreateBrowserLikeClient(), "ezhou-reporter", PortalSession.Password);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString());
        Assert.Contains(AccountService.Disabled, await PortalSession.ErrorOf(again));
    }

    [Fact]
    public async Task Changing_the_password_replaces_the_old_one()
    {
        var session = await PortalSession.SignInAsync(portal, "zhuzhou-reporter");
        const string newPassword = "a whole sentence is a good password";

        var mismatch = await PortalSession.PostFormAsync(session, "/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PortalSession.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = "something else entirely",
        });
        var changed = await PortalSession.PostFormAsync(session, "/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PortalSession.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });

        Assert.Contains("两次输入的新密码不一致。", await PortalSession.ErrorOf(mismatch));
        Assert.Contains("密码已修改。", await changed.Content.ReadAsStringAsync());
        var old = await PortalSession.PostLoginAsync(portal.CreateBrowserLikeClient(), "zhuzhou-reporter", PortalSession.Password);
        Assert.Contains(AccountService.WrongCredentials, await PortalSession.ErrorOf(old));
        await PortalSession.SignInAsync(portal, "zhuzhou-reporter", newPassword);
    }

    [Fact]
    public async Task A_session_ends_after_30_idle_minutes()
    {
        var session = await PortalSession.SignInAsync(portal, "changsha-leader");

        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await session.GetAsync("/plans");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_active_session_still_ends_12_hours_after_sign_in()
    {
        var session = await PortalSession.SignInAsync(portal, "changsha-reporter");
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/account")).StatusCode);
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(40));
        var response = await session.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public void Passwords_are_hashed_with_at_least_210000_PBKDF2_iterations_and_need_12_characters()
    {
        Assert.True(portal.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount >= 210_000);
        var identity = portal.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        Assert.Equal(12, identity.Password.RequiredLength);
        Assert.False(identity.Password.RequireDigit || identity.Password.RequireUppercase || identity.Password.RequireLowercase || identity.Password.RequireNonAlphanumeric);
        Assert.Equal((5, TimeSpan.FromMinutes(15)), (identity.Lockout.MaxFailedAccessAttempts, identity.Lockout.DefaultLockoutTimeSpan));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_and_SameSite_Lax_and_pages_carry_security_headers()
    {
        var client = portal.CreateBrowserLikeClient();
        var response = await PortalSession.PostLoginAsync(client, "province", PortalSession.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PlanTracker.Auth=", StringComparison.Ordinal));
        var page = await client.GetAsync("/account/login");

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", page.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token_so_another_site_cannot_sign_people_out()
    {
        var session = await PortalSession.SignInAsync(portal, "xiangxi-reporter");

        var forged = await session.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Data_protection_keys_live_in_PostgreSQL()
    {
        await PortalSession.SignInAsync(portal, "province");

        await using var context = await NewContextAsync();
        Assert.NotEmpty(await context.DataProtectionKeys.ToListAsync());
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
