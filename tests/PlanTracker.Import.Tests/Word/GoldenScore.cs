using System.Reflection;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests.Word;

/// <summary>How many golden rows of one table a plan read right, and what was wrong with the others.</summary>
internal sealed record GoldenScore(string Table, int Total, IReadOnlyList<string> Failures)
{
    public int Passed => Total - Failures.Count;

    public override string ToString() => $"{Table}: {Passed}/{Total}" + string.Concat(Failures.Select(f => "\n    " + f));

    /// <summary>
    /// Runs the rows of a golden theory (its InlineData, typed from the seed document) through the theory's static
    /// assertion against <paramref name="plan"/>, and checks that the plan has no rows beyond the golden ones.
    /// </summary>
    public static GoldenScore Rows<TTests>(string table, string theory, ParsedPlan plan, int rowsRead, params object[] leading)
    {
        var method = typeof(TTests).GetMethod(theory)!;
        var assertion = typeof(TTests).GetMethod("Assert" + theory, BindingFlags.Static | BindingFlags.NonPublic)!;
        var rows = method.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(method)).ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            try
            {
                assertion.Invoke(null, [plan, .. leading, .. row]);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                failures.Add($"第{row[0]}行：{FirstLine(ex.InnerException.Message)}");
            }
        }

        if (rowsRead != rows.Count)
        {
            failures.Add($"读到{rowsRead}行，应为{rows.Count}行");
        }

        return new GoldenScore(table, rows.Count, failures);
    }

    public static GoldenScore Single(string table, Action<ParsedPlan> assertion, ParsedPlan plan)
    {
        try
        {
            assertion(plan);
            return new GoldenScore(table, 1, []);
        }
        catch (Exception ex) when (ex is Xunit.Sdk.XunitException)
        {
            return new GoldenScore(table, 1, [FirstLine(ex.Message)]);
        }
    }

    private static string FirstLine(string message) => string.Join(" ", message.Split('\n').Select(l => l.Trim()).Take(3));
}
