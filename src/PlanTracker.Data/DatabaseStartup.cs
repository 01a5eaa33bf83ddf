using Microsoft.Extensions.Logging;
using Npgsql;
using PlanTracker.Data.Postgres;

namespace PlanTracker.Data;

/// <summary>The database a process uses: the configured server, or the private cluster it started.</summary>
public sealed class DatabaseConnection(string connectionString, LocalPostgresCluster? cluster) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>The private cluster, when no connection string was configured.</summary>
    public LocalPostgresCluster? Cluster { get; } = cluster;

    public string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var where = $"{builder.Host}:{builder.Port}/{builder.Database}";
        return Cluster is null ? $"已配置的数据库 {where}" : $"本地私有 PostgreSQL {where}（数据目录 {Cluster.RootDirectory}）";
    }

    private int _disposed;

    /// <summary>Stops the private cluster when this process started it; once, however often it is called (a failed start and the host's stop).</summary>
    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _disposed, 1) == 0 && Cluster is not null ? Cluster.DisposeAsync() : ValueTask.CompletedTask;
}

public static class DatabaseStartup
{
    public const string ConnectionStringName = "PlanTracker";

    /// <summary>
    /// Uses the configured connection string when there is one (and starts nothing); otherwise starts or
    /// reuses the private cluster. Throws <see cref="LocalPostgresException"/> with a message that says what
    /// to install or configure.
    /// </summary>
    public static async Task<DatabaseConnection> ConnectAsync(string? configuredConnectionString, LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(configuredConnectionString))
        {
            await CheckReachableAsync(configuredConnectionString, cancellationToken);
            return new DatabaseConnection(configuredConnectionString, null);
        }

        var cluster = await LocalPostgresCluster.StartAsync(options, logger, cancellationToken);
        return new DatabaseConnection(cluster.ConnectionString, cluster);
    }

    private static async Task CheckReachableAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new LocalPostgresException($"连接字符串 ConnectionStrings:{ConnectionStringName} 格式不正确：{ex.Message}", ex);
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new LocalPostgresException(
                $"无法连接到已配置的数据库 {builder.Host}:{builder.Port}/{builder.Database}：{ex.Message}。" +
                $"请检查 ConnectionStrings__{ConnectionStringName}，或删除该配置以使用本地私有 PostgreSQL。", ex);
        }
    }
}
