using System.Security.Claims;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.TestSupport;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>
/// A database whose key ring was written by the hand-made key store the portal had before
/// Microsoft.AspNetCore.DataProtection.EntityFrameworkCore (<see cref="LegacyKeyStore"/>), with a sign-in cookie and a
/// payload protected by that key, made before the portal starts.
/// </summary>
public sealed class LegacyKeyRingPortal : PortalFactory
{
    public const string UserName = "legacy-cookie-user";
    public const string Payload = "protected before the upgrade";
    public const string Purpose = "PlanTracker.Tests.LegacyKeyRing";

    public string Cookie { get; private set; } = string.Empty;

    public string ProtectedPayload { get; private set; } = string.Empty;

    public string LegacyKeyXml { get; private set; } = string.Empty;

    public override async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateMigratedDatabaseAsync("legacykeys");
        var services = new ServiceCollection().AddLogging();
        // As IdentityHosting set it up before the package: the same application name, the old repository.
        services.AddDataProtection().SetApplicationName("PlanTracker");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new LegacyKeyStore(ConnectionString));
        await using (var legacy = services.BuildServiceProvider())
        {
            var provider = legacy.GetRequiredService<IDataProtectionProvider>();
            // The purposes ASP.NET Core's cookie handler protects Identity's application cookie with.
            var cookies = new TicketDataFormat(provider.CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", IdentityConstants.ApplicationScheme, "v2"));
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, UserName)], IdentityConstants.ApplicationScheme));
            Cookie = cookies.Protect(new AuthenticationTicket(principal, IdentityConstants.ApplicationScheme));
            ProtectedPayload = provider.CreateProtector(Purpose).Protect(Payload);
        }

        LegacyKeyXml = Assert.Single(await LegacyKeyStore.ReadXmlAsync(ConnectionString));
        Start();
    }
}

/// <summary>The keys stored before the upgrade keep working, so that sign-ins survive it (issue 14).</summary>
public class LegacyKeyRingTests(LegacyKeyRingPortal portal) : IClassFixture<LegacyKeyRingPortal>
{
    [Fact]
    public void A_cookie_protected_with_a_key_the_old_store_wrote_is_read_by_the_portal()
    {
        var cookieOptions = portal.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        var ticket = cookieOptions.TicketDataFormat.Unprotect(portal.Cookie);

        Assert.NotNull(ticket);
        Assert.Equal(LegacyKeyRingPortal.UserName, ticket.Principal.Identity?.Name);
    }

    [Fact]
    public async Task The_old_key_is_the_key_ring_and_no_new_key_is_made_for_it()
    {
        var provider = portal.Services.GetRequiredService<IDataProtectionProvider>();

        Assert.Equal(LegacyKeyRingPortal.Payload, provider.CreateProtector(LegacyKeyRingPortal.Purpose).Unprotect(portal.ProtectedPayload));
        // The portal protects with that key too (it is the default key): the table still holds only the old row.
        var roundTrip = provider.CreateProtector(LegacyKeyRingPortal.Purpose).Protect("after the upgrade");
        Assert.Equal("after the upgrade", provider.CreateProtector(LegacyKeyRingPortal.Purpose).Unprotect(roundTrip));
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var key = Assert.Single(await context.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.Equal(portal.LegacyKeyXml, key.Xml);
        Assert.StartsWith("key-", key.FriendlyName, StringComparison.Ordinal);
    }
}

/// <summary>
/// What Data/Security/PostgresXmlRepository did before the package replaced it, in plain SQL (its entity is gone):
/// one row per key, the element without formatting, the friendly name data protection gives it.
/// </summary>
internal sealed class LegacyKeyStore(string connectionString) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. ReadXmlAsync(connectionString).GetAwaiter().GetResult().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var insert = new NpgsqlCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml)", connection);
        insert.Parameters.AddWithValue("name", friendlyName);
        insert.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        insert.ExecuteNonQuery();
    }

    public static async Task<List<string>> ReadXmlAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY id", connection);
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
