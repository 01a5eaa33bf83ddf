namespace PlanTracker.Benchmarks;

/// <summary>The five seed plan texts (seeds/NNN_*.txt), found beside the program or in the repository.</summary>
public static class SeedFiles
{
    /// <summary>Overrides where the seeds are looked for.</summary>
    public const string DirectoryVariable = "PLANTRACKER_SEEDS";

    /// <summary>
    /// The seeds folder: PLANTRACKER_SEEDS when set, otherwise the nearest "seeds" folder holding 000_*.txt
    /// above the program's folder (the build copies the seeds there; BenchmarkDotNet's generated runner lives
    /// in a subfolder of it, and a checkout has them at its root).
    /// </summary>
    public static string Directory()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "seeds");
            if (System.IO.Directory.Exists(candidate) && System.IO.Directory.GetFiles(candidate, "000_*.txt").Length > 0)
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No seeds folder found above {AppContext.BaseDirectory}; set {DirectoryVariable}.");
    }

    /// <summary>Every seed file, in name order.</summary>
    public static IReadOnlyList<string> All()
    {
        var files = System.IO.Directory.GetFiles(Directory(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        return files.Length == 5 ? files : throw new InvalidOperationException($"Expected five seeds in {Directory()}, found {files.Length}.");
    }

    /// <summary>The seed whose name starts with the prefix ("002").</summary>
    public static string Path(string prefix) =>
        System.IO.Directory.GetFiles(Directory(), prefix + "_*.txt").Single();
}
