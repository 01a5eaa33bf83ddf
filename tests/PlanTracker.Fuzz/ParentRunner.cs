using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PlanTracker.Fuzz;

/// <summary>One input's verdict, as a child reported it (or "crash" when the child died during it).</summary>
public sealed record Verdict(int Index, string Outcome, string Mutation, string Source, string Detail);

/// <summary>Starts child processes for batches of inputs; restarts after a crash or hang at the next input.</summary>
public sealed class ParentRunner(int seed, int batch, int parallel, TimeSpan timeout)
{
    public IReadOnlyList<Verdict> Run(string kind, int count)
    {
        var verdicts = new ConcurrentBag<Verdict>();
        var batches = Enumerable.Range(0, (count + batch - 1) / batch).Select(b => (From: b * batch, To: Math.Min(count, (b + 1) * batch)));
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel) }, range =>
        {
            var from = range.From;
            while (from < range.To)
            {
                from = RunChild(kind, from, range.To, verdicts);
            }
        });
        Console.WriteLine($"{kind}: {verdicts.Count} inputs");
        return [.. verdicts.OrderBy(v => v.Index)];
    }

    /// <summary>Runs one child from <paramref name="from"/>; returns where the next child must start.</summary>
    private int RunChild(string kind, int from, int to, ConcurrentBag<Verdict> verdicts)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ParentRunner).Assembly.Location);
        }

        foreach (var argument in new[] { "--child", kind, "--seed", Invariant(seed), "--from", Invariant(from), "--to", Invariant(to), "--timeout", Invariant((int)timeout.TotalSeconds) })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var started = -1;
        var last = from - 1;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts[0] == "S")
            {
                started = int.Parse(parts[1], CultureInfo.InvariantCulture);
            }
            else if (parts[0] == "R" && parts.Length >= 6)
            {
                last = int.Parse(parts[1], CultureInfo.InvariantCulture);
                verdicts.Add(new Verdict(last, parts[2], parts[3], parts[4], parts[5]));
            }
        }

        process.WaitForExit();
        if (process.ExitCode == 0 && last == to - 1)
        {
            return to;
        }

        if (started > last)
        {
            var stderr = error.Result;
            var reason = stderr.Split('\n').FirstOrDefault(l => l.Length > 0) ?? $"exit code {process.ExitCode}";
            verdicts.Add(new Verdict(started, "crash", "?", "?", $"exit {process.ExitCode}: {reason}"));
            return started + 1;
        }

        return last + 1;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
