using Npgsql;
using PlanTracker.Data;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// What the portal knows about the database right now, for the outage banner and the entry form's retry. Whoever
/// catches a <see cref="DatabaseFailures.IsUnavailable"/> exception reports it here; from then on a probe asks the
/// server every few seconds until it answers again, then <see cref="Changed"/> fires. Informational only: requests
/// always try the database themselves, nothing is refused because of this flag.
/// </summary>
public sealed class DatabaseAvailability(DatabaseConnection database, TimeProvider clock, IConfiguration configuration, ILogger<DatabaseAvailability> logger)
    : IDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private bool _probing;

    public bool IsUnavailable { get; private set; }

    public DateTimeOffset? UnavailableSince { get; private set; }

    /// <summary>Raised (on a pool thread) when the database goes away or comes back.</summary>
    public event Action? Changed;

    private TimeSpan ProbeInterval => TimeSpan.FromSeconds(configuration.GetValue("Database:ProbeSeconds", 5.0));

    /// <summary>An operation failed because the database is not there: logged once per outage, the probe starts.</summary>
    public void ReportUnavailable(Exception exception)
    {
        lock (_lock)
        {
            if (IsUnavailable)
            {
                return;
            }

            (IsUnavailable, UnavailableSince) = (true, clock.GetUtcNow());
            if (!_probing)
            {
                _probing = true;
                _ = Task.Run(ProbeUntilBackAsync);
            }
        }

        logger.LogWarning(exception, "Database unavailable: {Reason}", exception.GetBaseException().Message);
        Changed?.Invoke();
    }

    /// <summary>Asks the server now (a fresh connection, short timeout); true when it answers.</summary>
    public async Task<bool> CheckNowAsync(CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Timeout = 3, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            ReportUnavailable(ex);
            return false;
        }

        ReportAvailable();
        return true;
    }

    private void ReportAvailable()
    {
        lock (_lock)
        {
            if (!IsUnavailable)
            {
                return;
            }

            (IsUnavailable, UnavailableSince) = (false, null);
        }

        // Pooled connections from before the outage are dead; do not hand them to the next request.
        NpgsqlConnection.ClearAllPools();
        logger.LogInformation("Database available again");
        Changed?.Invoke();
    }

    private async Task ProbeUntilBackAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(ProbeInterval, clock);
            while (await timer.WaitForNextTickAsync(_stopping.Token) && !await CheckNowAsync(_stopping.Token))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        finally
        {
            lock (_lock)
            {
                // Reported away again between the last successful probe and here: keep probing.
                _probing = IsUnavailable && !_stopping.IsCancellationRequested;
                if (_probing)
                {
                    _ = Task.Run(ProbeUntilBackAsync);
                }
            }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
    }
}
