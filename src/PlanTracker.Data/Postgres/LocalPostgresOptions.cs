namespace PlanTracker.Data.Postgres;

/// <summary>Where and how the private PostgreSQL cluster lives (section "LocalPostgres" in appsettings).</summary>
public sealed class LocalPostgresOptions
{
    /// <summary>
    /// Folder holding the cluster (data/, password, port, server.log). Default: the user's data folder
    /// (~/.local/share/PlanTracker/postgres), or /var/tmp/plantracker/postgres when running as root, since
    /// PostgreSQL must then run as the postgres user, who cannot enter root's home.
    /// </summary>
    public string? RootDirectory { get; set; }

    /// <summary>Folder with initdb/pg_ctl/postgres; found automatically when empty.</summary>
    public string? BinDirectory { get; set; }

    public string Database { get; set; } = "plantracker";

    public string UserName { get; set; } = "plantracker";

    /// <summary>Stop the cluster when the process that started it shuts down.</summary>
    public bool StopOnShutdown { get; set; } = true;

    public static string DefaultRootDirectory()
    {
        if (Environment.IsPrivilegedProcess)
        {
            return "/var/tmp/plantracker/postgres";
        }

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(data))
        {
            data = Path.Combine(Path.GetTempPath(), Environment.UserName);
        }

        return Path.Combine(data, "PlanTracker", "postgres");
    }
}
