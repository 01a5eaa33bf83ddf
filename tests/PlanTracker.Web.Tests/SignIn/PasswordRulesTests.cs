using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Security.Passwords;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>Guessable passwords are refused wherever a password is set (issue 11, defect 2).</summary>
[Collection(PortalCollection.Name)]
public class PasswordRulesTests(PortalFactory portal)
{
    [Theory]
    [InlineData("aaaaaaaaaaaa", PortalPasswordValidator.TrivialMessage)]
    [InlineData("abababababab", PortalPasswordValidator.TrivialMessage)]
    [InlineData("123456789012", PortalPasswordValidator.TrivialMessage)]
    [InlineData("abcdefghijklmn", PortalPasswordValidator.TrivialMessage)]
    [InlineData("password1234", PortalPasswordValidator.CommonMessage)]
    [InlineData("Password2025!", PortalPasswordValidator.CommonMessage)]
    [InlineData("qwerty123456", PortalPasswordValidator.CommonMessage)]
    [InlineData("2025iloveyou", PortalPasswordValidator.CommonMessage)]
    [InlineData("1qaz2wsx3edc", PortalPasswordValidator.CommonMessage)]
    [InlineData("changsha-reporter!", PortalPasswordValidator.UserNameMessage)]
    [InlineData("Changsha2025 spring", PortalPasswordValidator.UserNameMessage)]
    public void Guessable_passwords_are_refused_in_Chinese(string password, string message)
    {
        var errors = PortalPasswordValidator.Check("changsha-reporter", password);

        Assert.Contains(message, errors.Select(e => e.Description));
    }

    [Theory]
    [InlineData(AccountSeeder.DemoPassword)]
    [InlineData("a whole sentence is a good password")]
    [InlineData("a long enough password")]
    [InlineData("another-long-password")]
    [InlineData("configured initial password for production")]
    public void Reasonable_passwords_pass(string password) =>
        Assert.Empty(PortalPasswordValidator.Check("changsha-reporter", password));

    [Fact]
    public void The_list_is_the_top_1000_of_the_ranked_zxcvbn_dictionary()
    {
        Assert.Equal(1_000, CommonPasswords.All.Count);
        // Rank 1 and 2 of the list, and rank 1,000 ("1qaz2wsx3edc"); rank 1,001 onwards is not refused by the list.
        Assert.True(CommonPasswords.Contains("123456") && CommonPasswords.Contains("PASSWORD") && CommonPasswords.Contains("1qaz2wsx3edc"));
    }

    [Fact]
    public async Task Identity_refuses_them_when_an_account_is_created_or_a_password_reset()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var created = await users.CreateAsync(new ApplicationUser { UserName = "rules-user", DisplayName = "规则" }, "password1234");
        var user = (await users.FindByNameAsync("province"))!;
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "aaaaaaaaaaaa");

        Assert.Contains(PortalPasswordValidator.CommonMessage, created.Errors.Select(e => e.Description));
        Assert.Contains(PortalPasswordValidator.TrivialMessage, reset.Errors.Select(e => e.Description));
        Assert.Null(await users.FindByNameAsync("rules-user"));
    }

    [Fact]
    public void Every_way_of_setting_a_password_goes_through_the_validator()
    {
        // Admin create/reset, change password and the seeded accounts all call UserManager, which runs these validators.
        var validators = portal.Services.CreateScope().ServiceProvider.GetServices<IPasswordValidator<ApplicationUser>>();
        Assert.Contains(validators, v => v is PortalPasswordValidator);
    }
}
