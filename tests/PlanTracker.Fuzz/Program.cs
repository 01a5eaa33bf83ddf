using System.Diagnostics;
using System.Globalization;

namespace PlanTracker.Fuzz;

/// <summary>
/// dotnet run -c Release --project tests/PlanTracker.Fuzz -- [--count 10000] [--workbooks 1000] [--seed 1]
///     [--batch 1000] [--parallel 2] [--timeout 20] [--report docs/fuzz.md]
/// Runs mutated plan files (text, md, json, docx) and mutated workbooks in child processes (a batch each, so a
/// crash is counted, not fatal), prints a summary and writes the figures to the report (docs/fuzz.md by default;
/// --report - writes none). Exit code 0 when there were no crashes, unhandled exceptions, hangs, storage
/// failures or silent changes, 1 otherwise.
/// --dump plans|workbooks --index i [--seed s] [--to dir]: writes input i to a file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var seed = Option(args, "--seed", 1);
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var timeout = TimeSpan.FromSeconds(Option(args, "--timeout", 20));
        if (Text(args, "--child") is { } kind)
        {
            return ChildRunner.Run(kind, seed, Option(args, "--from", 0), Option(args, "--to", 0), timeout, seeds);
        }

        if (Text(args, "--dump") is { } dumpKind)
        {
            return ChildRunner.Dump(dumpKind, seed, Option(args, "--index", 0), seeds, Text(args, "--to") ?? ".");
        }

        var stopwatch = Stopwatch.StartNew();
        var parent = new ParentRunner(seed, Option(args, "--batch", 1000), Option(args, "--parallel", 2), timeout);
        var plans = parent.Run("plans", Option(args, "--count", 10_000));
        var workbooks = parent.Run("workbooks", Option(args, "--workbooks", 1_000));
        stopwatch.Stop();
        var report = new FuzzReport(seed, plans, workbooks, stopwatch.Elapsed);
        Console.WriteLine(report.Summary());
        var path = Text(args, "--report") ?? Path.Combine(RepositoryRoot(), "docs", "fuzz.md");
        if (path != "-")
        {
            report.Write(path);
            Console.WriteLine($"Figures written to {path}");
        }

        return report.Clean ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanTracker.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Text(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
