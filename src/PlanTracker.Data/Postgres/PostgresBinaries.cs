namespace PlanTracker.Data.Postgres;

/// <summary>Finds the installed PostgreSQL server binaries (initdb, pg_ctl).</summary>
internal static class PostgresBinaries
{
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServerBinaries(configured)
                ? configured
                : throw new LocalPostgresException($"配置的 PostgreSQL 目录 {configured} 中没有 initdb 和 pg_ctl。请检查 LocalPostgres:BinDirectory。");
        }

        foreach (var candidate in Candidates())
        {
            if (HasServerBinaries(candidate))
            {
                return candidate;
            }
        }

        throw new LocalPostgresException(
            "未找到 PostgreSQL 服务器程序（initdb、pg_ctl）。请安装 PostgreSQL 15 或更高版本（Debian/Ubuntu：apt-get install postgresql），" +
            "或通过 ConnectionStrings__PlanTracker 环境变量指定一个已有的数据库。");
    }

    private static IEnumerable<string> Candidates()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return directory;
        }

        foreach (var root in new[] { "/usr/lib/postgresql", "/usr/local/pgsql", "/opt/homebrew/opt" })
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            // Newest major version first.
            foreach (var version in Directory.GetDirectories(root).OrderByDescending(VersionKey))
            {
                yield return Path.Combine(version, "bin");
            }

            yield return Path.Combine(root, "bin");
        }
    }

    private static int VersionKey(string directory) =>
        int.TryParse(Path.GetFileName(directory).Split('.', '@')[0].Replace("postgresql", string.Empty, StringComparison.Ordinal), out var version) ? version : 0;

    private static bool HasServerBinaries(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
