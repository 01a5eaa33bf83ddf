using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PlanTracker.Data.Postgres;

/// <summary>
/// A private PostgreSQL cluster started from the machine's installed binaries: created on first use
/// (initdb), reused on later starts, listening on a loopback port with a generated password, stopped again
/// by whoever started it.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly ILogger _logger;
    private readonly bool _stopOnDispose;
    private readonly bool _deleteOnDispose;

    private LocalPostgresCluster(string binDirectory, string root, string connectionString, bool startedHere, bool stopOnDispose, bool deleteOnDispose, ILogger logger)
    {
        _binDirectory = binDirectory;
        RootDirectory = root;
        _dataDirectory = Path.Combine(root, "data");
        ConnectionString = connectionString;
        StartedHere = startedHere;
        _stopOnDispose = stopOnDispose && startedHere;
        _deleteOnDispose = deleteOnDispose;
        _logger = logger;
    }

    public string RootDirectory { get; }

    public string ConnectionString { get; }

    /// <summary>False when the cluster was already running (another process started it) and is only reused.</summary>
    public bool StartedHere { get; }

    public static Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default) =>
        StartAsync(options, logger, throwaway: false, cancellationToken);

    /// <summary>
    /// A cluster for one test run: fsync off, deleted when disposed. Folders of earlier runs whose server is
    /// no longer running (a test host that was killed never disposes) are removed first; another run's folder
    /// that is still being set up is younger than five minutes and left alone.
    /// </summary>
    public static Task<LocalPostgresCluster> StartThrowawayAsync(ILogger logger, CancellationToken cancellationToken = default)
    {
        const string prefix = "plantracker-test-";
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), prefix + "*"))
        {
            var idle = DateTime.UtcNow - Directory.GetLastWriteTimeUtc(stale) > TimeSpan.FromMinutes(5);
            if (idle && !File.Exists(Path.Combine(stale, "data", "postmaster.pid")))
            {
                TryDelete(stale, logger);
            }
        }

        var root = Path.Combine(Path.GetTempPath(), $"{prefix}{Guid.NewGuid():N}"[..28]);
        return StartAsync(new LocalPostgresOptions { RootDirectory = root, Database = "plantracker_test" }, logger, throwaway: true, cancellationToken);
    }

    private static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, ILogger logger, bool throwaway, CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.Locate(options.BinDirectory);
        var root = Path.GetFullPath(options.RootDirectory ?? LocalPostgresOptions.DefaultRootDirectory());
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);

        var passwordFile = Path.Combine(root, "password");
        if (!File.Exists(passwordFile))
        {
            await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
        await ProcessRunner.HandToServiceUserAsync(root, cancellationToken);

        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            logger.LogInformation("Creating a private PostgreSQL cluster in {DataDirectory}", data);
            await RunAsync(bin, "initdb", ["-D", data, "-U", options.UserName, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"], cancellationToken);
            var settings = new List<string>
            {
                string.Empty,
                "# PlanTracker private cluster: loopback TCP only",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "max_connections = 100",
            };
            if (throwaway)
            {
                // A test run's cluster serves dozens of portals at once, each with its own connection pool (a pool keeps
                // idle connections a while): 100 ran out ("53300: too many clients") once the suite grew.
                settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off", "max_connections = 400"]);
            }

            await File.AppendAllLinesAsync(Path.Combine(data, "postgresql.conf"), settings, cancellationToken);
        }

        int port;
        var startedHere = false;
        if (await IsRunningAsync(bin, data, cancellationToken) && ReadRunningPort(data) is { } runningPort)
        {
            port = runningPort;
            logger.LogInformation("Reusing the private PostgreSQL cluster already running on port {Port}", port);
        }
        else
        {
            port = ChoosePort(Path.Combine(root, "port"));
            await RunAsync(bin, "pg_ctl", ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o", $"-p {port}", "start"], cancellationToken);
            startedHere = true;
            logger.LogInformation("Started the private PostgreSQL cluster in {DataDirectory} on port {Port}", data, port);
        }

        var server = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = options.UserName,
            Password = password,
            Database = "postgres",
        };
        await EnsureDatabaseAsync(server.ConnectionString, options.Database, cancellationToken);
        server.Database = options.Database;
        return new LocalPostgresCluster(bin, root, server.ConnectionString, startedHere, options.StopOnShutdown || throwaway, throwaway, logger);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        var (exit, output) = await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);
        if (exit != 0)
        {
            _logger.LogWarning("Stopping the private PostgreSQL cluster failed: {Output}", output.Trim());
        }
        else
        {
            _logger.LogInformation("Stopped the private PostgreSQL cluster in {DataDirectory}", _dataDirectory);
        }
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port (the connection string stays valid).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port;
        await RunAsync(_binDirectory, "pg_ctl", ["-D", _dataDirectory, "-l", Path.Combine(RootDirectory, "server.log"), "-w", "-t", "60", "-o", $"-p {port}", "start"], cancellationToken);
        _logger.LogInformation("Started the private PostgreSQL cluster in {DataDirectory} again on port {Port}", _dataDirectory, port);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopOnDispose)
        {
            await StopAsync();
        }

        if (_deleteOnDispose)
        {
            TryDelete(RootDirectory, _logger);
        }
    }

    private static void TryDelete(string directory, ILogger logger)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not delete {Directory}", directory);
        }
    }

    private static async Task RunAsync(string bin, string program, string[] arguments, CancellationToken cancellationToken)
    {
        var (exit, output) = await ProcessRunner.RunAsync(Path.Combine(bin, program), arguments, cancellationToken);
        if (exit != 0)
        {
            throw new LocalPostgresException($"{program} 失败（退出码 {exit}）：{LastLines(output)}");
        }
    }

    private static async Task<bool> IsRunningAsync(string bin, string data, CancellationToken cancellationToken)
    {
        var (exit, _) = await ProcessRunner.RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "status"], cancellationToken);
        return exit == 0;
    }

    /// <summary>postmaster.pid's fourth line is the port the running server listens on.</summary>
    private static int? ReadRunningPort(string data)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3].Trim(), out var port) ? port : null;
    }

    /// <summary>Keeps the port of earlier runs when it is still free, so that bookmarks and tools keep working.</summary>
    private static int ChoosePort(string portFile)
    {
        if (File.Exists(portFile) && int.TryParse(File.ReadAllText(portFile).Trim(), out var previous) && IsFree(previous))
        {
            return previous;
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        File.WriteAllText(portFile, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task EnsureDatabaseAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string LastLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", lines.TakeLast(4));
    }
}
