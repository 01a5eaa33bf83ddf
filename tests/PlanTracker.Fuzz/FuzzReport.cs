using System.Globalization;
using System.Text;

namespace PlanTracker.Fuzz;

/// <summary>The run's figures: verdicts per kind, per mutation and per source document; the bad ones listed with how to rebuild them.</summary>
public sealed class FuzzReport(int seed, IReadOnlyList<Verdict> plans, IReadOnlyList<Verdict> workbooks, TimeSpan elapsed)
{
    private const string Begin = "<!-- fuzz:begin -->";
    private const string End = "<!-- fuzz:end -->";
    private static readonly string[] Bad = ["crash", "unhandled", "hang", "storage", "silent"];
    private static readonly string[] Order = ["same", "reported", "faithful", "accepted", "silent", "storage", "unhandled", "hang", "crash"];

    public bool Clean => plans.Concat(workbooks).All(v => !Bad.Contains(v.Outcome));

    public string Summary()
    {
        var builder = new StringBuilder();
        foreach (var (kind, verdicts) in new[] { ("plans", plans), ("workbooks", workbooks) })
        {
            builder.Append(kind).Append(": ").AppendJoin(", ", Order.Select(o => $"{o} {verdicts.Count(v => v.Outcome == o)}")).AppendLine();
        }

        builder.Append(CultureInfo.InvariantCulture, $"elapsed {elapsed.TotalSeconds:0} s; {(Clean ? "no crash, unhandled exception, hang, storage failure or silent change" : "FAILURES: see the list")}");
        return builder.ToString();
    }

    public void Write(string path)
    {
        var builder = new StringBuilder();
        builder.AppendLine(Begin).AppendLine("<!-- written by tests/PlanTracker.Fuzz; a rerun replaces everything down to the end marker -->");
        builder.AppendLine(CultureInfo.InvariantCulture, $"### Run: seed {seed}, {plans.Count:N0} plan files and {workbooks.Count:N0} workbooks").AppendLine();
        builder.AppendLine(CultureInfo.InvariantCulture, $"Run at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {elapsed.TotalSeconds:0} s on {Environment.ProcessorCount} cores, commit `{Commit()}`.").AppendLine();
        builder.AppendLine("| kind | " + string.Join(" | ", Order) + " |");
        builder.AppendLine("|---|" + string.Concat(Order.Select(_ => "--:|")));
        foreach (var (kind, verdicts) in new[] { ("plan files", plans), ("workbooks", workbooks) })
        {
            builder.AppendLine($"| {kind} | " + string.Join(" | ", Order.Select(o => verdicts.Count(v => v.Outcome == o).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))) + " |");
        }

        builder.AppendLine();
        Table(builder, "Plan files by source document", plans.GroupBy(v => v.Source));
        Table(builder, "Plan files by mutation (first mutation named; `a+b` = several)", plans.GroupBy(v => v.Mutation.Split('+')[0]));
        Table(builder, "Workbooks by mutation", workbooks.GroupBy(v => v.Mutation));
        builder.AppendLine("#### Failures").AppendLine();
        var failures = plans.Select(v => ("plans", v)).Concat(workbooks.Select(v => ("workbooks", v))).Where(x => Bad.Contains(x.v.Outcome)).ToList();
        if (failures.Count == 0)
        {
            builder.AppendLine("None.");
        }

        foreach (var (kind, v) in failures.Take(60))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"- {v.Outcome}: {kind} #{v.Index} ({v.Mutation} of {v.Source}) {v.Detail.Replace("|", "\\|", StringComparison.Ordinal)} — rebuild with `--dump {kind} --seed {seed} --index {v.Index}`");
        }

        if (failures.Count > 60)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"- … and {failures.Count - 60} more.");
        }

        builder.AppendLine(End);
        var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var begin = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        File.WriteAllText(path, begin >= 0 && end > begin
            ? existing[..begin] + builder.ToString() + existing[(end + End.Length)..].TrimStart('\r', '\n')
            : existing + Environment.NewLine + builder);
    }

    private static void Table(StringBuilder builder, string title, IEnumerable<IGrouping<string, Verdict>> groups)
    {
        builder.AppendLine(CultureInfo.InvariantCulture, $"#### {title}").AppendLine();
        builder.AppendLine("| | " + string.Join(" | ", Order) + " |");
        builder.AppendLine("|---|" + string.Concat(Order.Select(_ => "--:|")));
        foreach (var group in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            builder.AppendLine($"| {group.Key} | " + string.Join(" | ", Order.Select(o => group.Count(v => v.Outcome == o).ToString(CultureInfo.InvariantCulture))) + " |");
        }

        builder.AppendLine();
    }

    private static string Commit()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return output.Length > 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
