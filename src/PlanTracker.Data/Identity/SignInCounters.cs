using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PlanTracker.Data.Identity;

public enum FailedSignIn
{
    /// <summary>Counted; the account is not locked.</summary>
    Counted,

    /// <summary>This failure reached the limit and locked the account.</summary>
    LockedNow,

    /// <summary>The account was already locked (by a parallel attempt, or before): nothing counted.</summary>
    AlreadyLocked,
}

/// <summary>
/// Failed-sign-in counting in one SQL statement each, so parallel guesses cannot lose increments (Identity's
/// read-modify-write of access_failed_count can) and several portal instances share one count.
/// </summary>
public sealed class SignInCounters(IDbContextFactory<PlanTrackerDbContext> contextFactory)
{
    private const string FailureSql = """
        UPDATE users SET
            access_failed_count = CASE WHEN lockout_enabled AND access_failed_count + 1 >= @max THEN 0 ELSE access_failed_count + 1 END,
            lockout_end = CASE WHEN lockout_enabled AND access_failed_count + 1 >= @max THEN @until ELSE lockout_end END
        WHERE id = @id AND (lockout_end IS NULL OR lockout_end <= @now)
        RETURNING lockout_end
        """;

    private const string SuccessSql = """
        UPDATE users SET access_failed_count = 0, last_sign_in_at = @now
        WHERE id = @id AND (lockout_end IS NULL OR lockout_end <= @now) AND NOT is_disabled
        RETURNING id
        """;

    public async Task<FailedSignIn> RecordFailureAsync(string userId, DateTimeOffset now, int maxFailures, TimeSpan lockout)
    {
        await using var context = await contextFactory.CreateDbContextAsync();
        await using var command = await CommandAsync(context, FailureSql, userId, now);
        command.Parameters.Add(new NpgsqlParameter("max", maxFailures));
        command.Parameters.Add(new NpgsqlParameter("until", now.Add(lockout)));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return FailedSignIn.AlreadyLocked;
        }

        return !await reader.IsDBNullAsync(0) && reader.GetFieldValue<DateTimeOffset>(0) > now ? FailedSignIn.LockedNow : FailedSignIn.Counted;
    }

    /// <summary>Resets the count and stamps the sign-in, unless the account is locked or disabled by now (false then).</summary>
    public async Task<bool> RecordSuccessAsync(string userId, DateTimeOffset now)
    {
        await using var context = await contextFactory.CreateDbContextAsync();
        await using var command = await CommandAsync(context, SuccessSql, userId, now);
        return await command.ExecuteScalarAsync() is not null;
    }

    private static async Task<DbCommand> CommandAsync(PlanTrackerDbContext context, string sql, string userId, DateTimeOffset now)
    {
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new NpgsqlParameter("id", userId));
        command.Parameters.Add(new NpgsqlParameter("now", now));
        return command;
    }
}
