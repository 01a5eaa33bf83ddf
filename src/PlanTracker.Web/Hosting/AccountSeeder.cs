using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Domain.Regions;

namespace PlanTracker.Web.Hosting;

/// <summary>A demo account as printed at start-up and listed in README.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? Region);

/// <summary>
/// Creates the roles, and on first start either the demo accounts (Development) or one admin whose password
/// comes from configuration or is generated and shown once (Production: no default passwords).
/// </summary>
public sealed class AccountSeeder(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    TimeProvider clock,
    ILogger<AccountSeeder> logger)
{
    public const string DemoPassword = "PlanTracker-Demo-2025";
    public const string AdminUserName = "admin";

    private static readonly (string Region, string Slug)[] DemoCities =
        [("长沙市", "changsha"), ("株洲市", "zhuzhou"), ("湘西自治州", "xiangxi"), ("鄂州市", "ezhou")];

    public static IReadOnlyList<DemoAccount> DemoAccounts { get; } =
    [
        new(AdminUserName, "系统管理员", Roles.Admin, null),
        new("province", "省厅规划处", Roles.ProvincialAnalyst, null),
        .. DemoCities.SelectMany(c => new DemoAccount[]
        {
            new($"{c.Slug}-reporter", $"{KnownRegions.Find(c.Region)!.ShortName}填报员", Roles.CityReporter, c.Region),
            new($"{c.Slug}-leader", $"{KnownRegions.Find(c.Region)!.ShortName}审核人", Roles.CityLeader, c.Region),
        }),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>Creates the demo accounts that do not exist yet; returns the ones created.</summary>
    public async Task<IReadOnlyList<DemoAccount>> EnsureDemoAccountsAsync()
    {
        var created = new List<DemoAccount>();
        foreach (var account in DemoAccounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            await CreateAsync(account, DemoPassword);
            created.Add(account);
        }

        return created;
    }

    /// <summary>Creates the admin account if there is none; returns the generated password, if one was generated.</summary>
    public async Task<string?> EnsureAdminAsync(string? configuredPassword)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return null;
        }

        var password = string.IsNullOrWhiteSpace(configuredPassword) ? GeneratePassword() : configuredPassword;
        await CreateAsync(DemoAccounts[0], password);
        return string.IsNullOrWhiteSpace(configuredPassword) ? password : null;
    }

    private async Task CreateAsync(DemoAccount account, string password)
    {
        var user = new ApplicationUser
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            RegionId = account.Region is null ? null : await EnsureRegionAsync(account.Region),
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, account.Role));
        logger.LogInformation("Created account {UserName} ({Role})", account.UserName, account.Role);
    }

    private async Task<int> EnsureRegionAsync(string name)
    {
        await using var context = await contextFactory.CreateDbContextAsync();
        var region = await context.Regions.SingleOrDefaultAsync(r => r.Name == name);
        if (region is null)
        {
            var known = KnownRegions.Find(name)!;
            region = new Region { Name = known.Name, FullName = known.FullName, ShortName = known.ShortName, Province = known.Province, AdminCode = known.AdminCode };
            context.Regions.Add(region);
            await context.SaveChangesAsync();
        }

        return region.Id;
    }

    private static string GeneratePassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', '-').Replace('+', '_');

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
