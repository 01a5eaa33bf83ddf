using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Features.Account;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>Parallel guessing, unknown and disabled accounts: the answers and the counting (issue 11, defect 2).</summary>
public class SignInDefenceTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task Three_bursts_of_50_parallel_wrong_passwords_get_4_wrong_password_answers_then_only_lockout()
    {
        await TestAccounts.CreateAsync(portal, "burst-target");
        var answers = new List<string>();
        for (var burst = 0; burst < 3; burst++)
        {
            // Each request carries its own antiforgery cookie and token, fetched before the burst starts.
            var forms = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => LoginForm.FetchAsync(portal)));
            var responses = await Task.WhenAll(forms.Select((form, i) => form.PostAsync("burst-target", $"wrong guess {burst}-{i}")));
            answers.AddRange(await Task.WhenAll(responses.Select(PortalSession.ErrorOf)));
        }

        var right = await LoginForm.PostOnceAsync(portal, "burst-target", TestAccounts.Password);

        // The 1st to 4th failures answer "wrong"; the 5th locks; the other 145 meet the lock (no password checked).
        Assert.Equal(4, answers.Count(a => a.Contains(AccountService.WrongCredentials, StringComparison.Ordinal)));
        Assert.Equal(146, answers.Count(a => a.Contains(AccountService.LockedOut, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(AccountService.LockedOut, await PortalSession.ErrorOf(right));
        await using var context = await NewContextAsync();
        Assert.Equal(4, await context.AuditEvents.CountAsync(e => e.UserName == "burst-target" && e.Action == AuditActions.SignInFailed));
        Assert.False(await context.AuditEvents.AnyAsync(e => e.UserName == "burst-target" && e.Action == AuditActions.SignIn));
    }

    [Fact]
    public async Task An_unknown_user_name_gets_the_same_answers_as_a_real_one_including_the_lockout()
    {
        await TestAccounts.CreateAsync(portal, "real-name");

        var real = await AnswersAsync("real-name", 7);
        var unknown = await AnswersAsync("no-such-name", 7);

        string[] expected = [.. Enumerable.Repeat(AccountService.WrongCredentials, 4), .. Enumerable.Repeat(AccountService.LockedOut, 3)];
        Assert.Equal(expected, real);
        Assert.Equal(expected, unknown);
    }

    [Fact]
    public async Task A_disabled_account_answers_like_any_other_to_a_wrong_password()
    {
        var user = await TestAccounts.CreateAsync(portal, "disabled-name");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.IsDisabled = true;
            await users.UpdateAsync(stored);
        }

        var wrong = await LoginForm.PostOnceAsync(portal, "disabled-name", "not the password at all");
        var right = await LoginForm.PostOnceAsync(portal, "disabled-name", TestAccounts.Password);

        Assert.Equal(AccountService.WrongCredentials, await PortalSession.ErrorOf(wrong));
        Assert.Equal(AccountService.Disabled, await PortalSession.ErrorOf(right));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Unknown_names_cost_one_check_against_a_hash_of_the_same_PBKDF2_cost_as_real_accounts()
    {
        var user = await TestAccounts.CreateAsync(portal, "cost-name");
        var dummy = portal.Services.GetRequiredService<Security.SignIn.DummyPasswordHash>();

        // ASP.NET Core Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        static (byte Format, uint Prf, uint Iterations) Header(string hash)
        {
            var bytes = Convert.FromBase64String(hash);
            return (bytes[0], System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
        }

        Assert.Equal(Header(user.PasswordHash!), Header(dummy.Hash));
        Assert.Equal(210_000u, Header(dummy.Hash).Iterations);
    }

    private async Task<string[]> AnswersAsync(string userName, int attempts)
    {
        var answers = new string[attempts];
        for (var i = 0; i < attempts; i++)
        {
            answers[i] = await PortalSession.ErrorOf(await LoginForm.PostOnceAsync(portal, userName, $"wrong password number {i}"));
        }

        return answers;
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
