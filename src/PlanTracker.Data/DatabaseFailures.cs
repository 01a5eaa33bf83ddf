using System.Net.Sockets;
using Npgsql;

namespace PlanTracker.Data;

/// <summary>
/// The one place that decides whether an exception means "the database is not there right now" (server down,
/// restarting, unreachable, connection lost, timed out) rather than a bug or a refused statement. Everything that
/// degrades gracefully during an outage asks this: the error page (503), /health, cookie and circuit revalidation,
/// the sign-in page and the entry form's save.
/// </summary>
public static class DatabaseFailures
{
    // Class 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now; 53300: too many connections.
    private static readonly string[] UnavailableStates = ["57P01", "57P02", "57P03", "53300"];

    /// <summary>
    /// The server is there but gave up on a statement: its statement_timeout or lock_timeout ran out (a slow or locked
    /// database). The transaction is rolled back; the caller reports "try again", not an outage.
    /// </summary>
    public static bool IsTimedOut(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: "57014" or "55P03" })
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    // The server answered: only its "going away / cannot take you" states mean unavailable.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || UnavailableStates.Contains(postgres.SqlState);
                case NpgsqlException:
                    // Raised by the client side: could not connect, connection broken, timeout, pool exhausted.
                    return true;
                case SocketException or TimeoutException and not System.Text.RegularExpressions.RegexMatchTimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsUnavailable):
                    return true;
            }
        }

        return false;
    }
}
