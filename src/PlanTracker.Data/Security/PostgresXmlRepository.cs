using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace PlanTracker.Data.Security;

/// <summary>
/// Keeps data-protection keys in PostgreSQL (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore is not in
/// this registry): several portal instances share sign-ins, and a restart signs nobody out.
/// </summary>
public sealed class PostgresXmlRepository(IDbContextFactory<PlanTrackerDbContext> contextFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var context = contextFactory.CreateDbContext();
        return [.. context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var context = contextFactory.CreateDbContext();
        context.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        context.SaveChanges();
    }
}
