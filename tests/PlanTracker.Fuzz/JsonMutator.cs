using System.Text.RegularExpressions;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Fuzz;

/// <summary>Mutates plan JSON: NUL and control characters and over-long texts in any string, nulls, huge and negative numbers, wrong types, duplicated rows, and text-level damage.</summary>
public static partial class JsonMutator
{
    private static readonly string[] Names = ["nul", "control", "long-string", "null-value", "huge-number", "negative-number", "wrong-type", "duplicate-row", "text-edit", "truncate"];

    public static (string Json, Mutation Mutation) Mutate(string json, ParsedPlan plan, Random random)
    {
        var name = Names[random.Next(Names.Length)];
        var strings = StringValue().Matches(json);
        var numbers = NumberValue().Matches(json);
        string Inside(string insert)
        {
            var match = strings[random.Next(strings.Count)];
            var at = match.Groups[3].Index + random.Next(match.Groups[3].Length + 1);
            return json[..at] + insert + json[at..];
        }

        string Replace(MatchCollection matches, Func<Match, string> value)
        {
            var match = matches[random.Next(matches.Count)];
            var group = match.Groups[matches == strings ? 2 : 1];
            return json[..group.Index] + value(match) + json[(group.Index + group.Length)..];
        }

        var mutated = name switch
        {
            "nul" when strings.Count > 0 => Inside("\\u0000"),
            "control" when strings.Count > 0 => Inside($"\\u{random.Next(1, 32):x4}"),
            "long-string" when strings.Count > 0 => Inside(new string('长', random.Next(33, 3000))),
            "null-value" when strings.Count > 0 => Replace(strings, _ => "null"),
            "huge-number" when numbers.Count > 0 => Replace(numbers, _ => random.Next(2) == 0 ? new string('9', random.Next(20, 400)) : "1e400"),
            "negative-number" when numbers.Count > 0 => Replace(numbers, m => "-" + m.Groups[1].Value),
            "wrong-type" when strings.Count > 0 => Replace(strings, _ => random.Next(3) switch { 0 => "42", 1 => "[]", _ => "{}" }),
            "duplicate-row" => PlanJson.Serialize(DuplicateRow(plan, random)),
            "truncate" => json[..random.Next(json.Length)],
            _ => TextMutator.Mutate(json, random).Text,
        };
        return (mutated, new Mutation("json-" + name, false, []));
    }

    private static ParsedPlan DuplicateRow(ParsedPlan plan, Random random)
    {
        static List<T> Twice<T>(IReadOnlyList<T> rows, Random random)
        {
            var list = rows.ToList();
            if (list.Count > 0)
            {
                list.Insert(random.Next(list.Count + 1), list[random.Next(list.Count)]);
            }

            return list;
        }

        return random.Next(5) switch
        {
            0 => plan with { Indicators = Twice(plan.Indicators, random) },
            1 => plan with { PreviousPeriod = Twice(plan.PreviousPeriod, random) },
            2 => plan with { Chapters = Twice(plan.Chapters, random) },
            3 => plan with { SpecialColumns = Twice(plan.SpecialColumns, random) },
            _ => plan with { SpecialColumns = plan.SpecialColumns.Select(c => c with { Items = Twice(c.Items, random) }).ToList() },
        };
    }

    /// <summary>"key": "value" (group 2 the quoted value, group 3 its inside).</summary>
    [GeneratedRegex("(\"[A-Za-z]+\"\\s*:\\s*)(\"((?:[^\"\\\\]|\\\\.)*)\")")]
    private static partial Regex StringValue();

    [GeneratedRegex("\"[A-Za-z]+\"\\s*:\\s*(-?\\d+(?:\\.\\d+)?)")]
    private static partial Regex NumberValue();
}
