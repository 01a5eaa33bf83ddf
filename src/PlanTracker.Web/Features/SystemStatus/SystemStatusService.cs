using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.SystemStatus;

public sealed record SystemStatusReport(bool DatabaseReachable, string? ServerVersion, int MigrationCount, int PlanCount, long RoundTripMs, string DatabaseDescription, string? Error);

/// <summary>Checks the database on demand for the admin's status card on the home page.</summary>
public sealed class SystemStatusService(IDbContextFactory<PlanTrackerDbContext> contextFactory, DatabaseConnection database, AccessGuard guard, ILogger<SystemStatusService> logger)
{
    public async Task<SystemStatusReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync("system-status"))
        {
            return new SystemStatusReport(false, null, 0, 0, 0, string.Empty, "只有管理员可以查看系统状态。");
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var version = await context.Database.SqlQueryRaw<string>("SELECT version() AS \"Value\"").SingleAsync(cancellationToken);
            var migrations = await context.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM schema_history").SingleAsync(cancellationToken);
            var plans = await context.Plans.CountAsync(cancellationToken);
            return new SystemStatusReport(true, ShortVersion(version), migrations, plans, stopwatch.ElapsedMilliseconds, database.Describe(), null);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "Database status check failed after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
            return new SystemStatusReport(false, null, 0, 0, stopwatch.ElapsedMilliseconds, database.Describe(), "数据库暂时无法连接，请稍后再试或联系管理员。");
        }
    }

    private static string ShortVersion(string version)
    {
        var comma = version.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 ? version[..comma] : version;
    }
}
