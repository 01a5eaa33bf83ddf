using PlanTracker.Import.Parsing;
using Xunit.Abstractions;

namespace PlanTracker.Import.Tests;

public class ScratchVariants(ITestOutputHelper output)
{
    private static (List<string> Before, List<List<string>> Rows, List<string> After) Split()
    {
        var lines = Seeds.Text(Seeds.Changsha).Split('\n').ToList();
        var h = lines.FindIndex(l => l.StartsWith("指 标\t单 位\t2020年", StringComparison.Ordinal));
        var end = lines.FindIndex(h, l => l.StartsWith("注", StringComparison.Ordinal));
        var rows = lines.Skip(h).Take(end - h).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t').Select(c => c.Trim()).ToList()).ToList();
        return (lines.Take(h).ToList(), rows, lines.Skip(end).ToList());
    }

    private void Run(string name, Func<List<List<string>>, IEnumerable<string>> layout)
    {
        var (before, rows, after) = Split();
        var text = string.Join('\n', before.Concat(layout(rows)).Concat(after));
        var plan = PlanParser.Parse(text);
        output.WriteLine($"{name}: {plan.Indicators.Count} indicators; cats {string.Join(",", plan.Indicators.Select(i => i.Category).Distinct())}");
        foreach (var i in plan.Indicators.Take(30))
        {
            output.WriteLine($"  {i.Number} {i.Name} [{i.Unit}] {i.Baseline.Text} -> {i.Target.Text} {i.Attribute} p={i.ParentNumber} c={i.Category}");
        }

        foreach (var w in plan.Warnings.Take(10))
        {
            output.WriteLine($"  W{w.Line}: {w.Message}");
        }
    }

    [Fact]
    public void Print()
    {
        //Run("cell-per-line no blanks", rows => rows.SelectMany(r => r.Where(c => c.Length > 0)));
        //Run("header one char per line", rows => rows.Take(1).SelectMany(r => string.Concat(r).Select(c => c.ToString())).Concat(rows.Skip(1).Select(r => string.Join('\t', r))));
        Run("rows run together", rows => new[] { string.Join(" ", rows[0]) }.Concat(rows.Skip(1).Chunk(3).Select(ch => string.Join(" ", ch.SelectMany(r => r.Where(c => c.Length > 0))))));
        //Run("cells ending in |", rows => rows.Select(r => string.Join("", r.Select(c => c + " |"))));
        //Run("pipes no outer", rows => rows.Select(r => string.Join(" | ", r)));
        Run("sep category and number", rows =>
        {
            var result = new List<string> { "类别\t序号\t指标\t单位\t2020年\t2025年\t属性" };
            string? cat = null;
            foreach (var r in rows.Skip(1))
            {
                if (r.Count(c => c.Length > 0) == 1) { cat = r[0]; continue; }
                var m = System.Text.RegularExpressions.Regex.Match(r[0], @"^(\d+)\.(.*)$");
                result.Add($"{cat ?? ""}\t{m.Groups[1].Value}\t{m.Groups[2].Value}\t{string.Join('\t', r.Skip(1))}");
                cat = null;
            }
            return result;
        });
    }
}
