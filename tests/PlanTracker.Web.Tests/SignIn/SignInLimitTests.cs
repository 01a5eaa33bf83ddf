using System.Net;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Security.SignIn;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>A portal with the production sign-in limits (the shared portals lift them: the suite signs in from one address).</summary>
public sealed class LimitedPortalFactory : PortalFactory
{
    protected override bool KeepSignInLimits => true;
}

/// <summary>The sign-in rate limits per client address and per user name (issue 11, defect 2). Each test has its own addresses.</summary>
public class SignInLimitTests(LimitedPortalFactory portal) : IClassFixture<LimitedPortalFactory>
{
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
