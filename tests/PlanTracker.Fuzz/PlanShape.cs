using System.Text.RegularExpressions;
using PlanTracker.Import.Model;

namespace PlanTracker.Fuzz;

/// <summary>One table row as the oracle sees it: 序号, name (folded), parent 序号.</summary>
public sealed record ShapeRow(int? Number, string Key, int? Parent);

/// <summary>
/// What the oracle compares: the rows of the three tables (not their values, not prose). A value edited in the
/// text is read as printed, which is right; a row lost, added, duplicated or moved is what must never be silent.
/// </summary>
public sealed partial record PlanShape(IReadOnlyList<ShapeRow> Indicators, IReadOnlyList<ShapeRow> Previous, IReadOnlyList<ShapeRow> Projects)
{
    public static PlanShape Of(ParsedPlan plan) => new(
        plan.Indicators.Select(i => new ShapeRow(i.Number, Key(i.Name), i.ParentNumber)).ToList(),
        plan.PreviousPeriod.Select(r => new ShapeRow(r.Number, Key(r.Name), r.ParentNumber)).ToList(),
        plan.Projects.Select(p => new ShapeRow(p.Number, Key(p.Name), null)).ToList());

    public IEnumerable<IReadOnlyList<ShapeRow>> Tables => [Indicators, Previous, Projects];

    public bool SameAs(PlanShape other) => Tables.Zip(other.Tables).All(t => t.First.SequenceEqual(t.Second));

    /// <summary>
    /// True when every difference is explained by the mutation as a faithful reading of the edited text: a
    /// character edit that kept every row and 序号 (a name edited as printed), or rows whose lines were deleted
    /// leaving the rest in order.
    /// </summary>
    public bool FaithfulTo(PlanShape baseline, Mutation mutation)
    {
        foreach (var (mutated, original) in Tables.Zip(baseline.Tables))
        {
            if (mutated.SequenceEqual(original))
            {
                continue;
            }

            // a name, or its 其中, edited as printed
            if (mutation.CharEdit && mutated.Count == original.Count && mutated.Select(r => r.Number).SequenceEqual(original.Select(r => r.Number)))
            {
                continue;
            }

            // a moved or inserted line that the layout's rules join to a wrapped name: the name keeps its start
            if (mutated.Count == original.Count && mutated.Zip(original).All(p => p.First.Number == p.Second.Number && p.First.Parent == p.Second.Parent
                && p.First.Key.StartsWith(p.Second.Key[..Math.Min(4, p.Second.Key.Length)], StringComparison.Ordinal)))
            {
                continue;
            }

            var removed = mutation.RemovedLines.Select(Key).Where(l => l.Length > 0).ToList();
            var kept = original.Where(r => !removed.Any(l => Starts(l, r))).ToList();
            if (removed.Count == 0 || !mutated.SequenceEqual(kept))
            {
                return false;
            }
        }

        return true;
    }

    public static string Key(string? name) => string.Concat((name ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)));

    /// <summary>True when a deleted line is where the row was printed: it holds the row's 序号 and the first four characters of its name.</summary>
    private static bool Starts(string line, ShapeRow row)
    {
        var name = row.Key[..Math.Min(4, row.Key.Length)];
        var number = row.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        // "| 其 中 | 10、专业技术人才总量 |": the 序号 and name need not start the line
        return row.Key.Length > 0 && (Holds(line, number + name) || (number.Length > 0 && Holds(line, number + "其中" + name)));
    }

    /// <summary>Contains, where a leading 序号 is not the tail of a longer number ("1城镇" is not in "11城镇").</summary>
    private static bool Holds(string line, string part)
    {
        for (var at = line.IndexOf(part, StringComparison.Ordinal); at >= 0; at = line.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsAsciiDigit(line[at - 1]) || !char.IsAsciiDigit(part[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Warnings without their numbers: line numbers move when lines are added or deleted.</summary>
    public static List<string> WarningKeys(IEnumerable<string> messages) => messages.Select(m => Digits().Replace(m, "#")).ToList();

    /// <summary>True when <paramref name="after"/> holds a message (counted with repeats) that <paramref name="before"/> does not.</summary>
    public static bool HasNew(List<string> before, List<string> after)
    {
        var counts = before.GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());
        foreach (var message in after)
        {
            if (!counts.TryGetValue(message, out var left) || left == 0)
            {
                return true;
            }

            counts[message] = left - 1;
        }

        return false;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
