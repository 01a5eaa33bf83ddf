using System.Text;

namespace PlanTracker.Fuzz;

/// <summary>What a mutation did: its name, whether it only edited characters inside lines, and the whole lines it removed.</summary>
public sealed record Mutation(string Name, bool CharEdit, IReadOnlyList<string> RemovedLines);

/// <summary>
/// Mutates a plan text line by line. Lines that look like table rows (tabs, pipes, a leading 序号) are picked
/// more often, since tables are where silent changes hide. No deep nesting: that is XML, not text.
/// </summary>
public static class TextMutator
{
    private const string Noise = "\t|　 ，。、：；（）()[]〔〕【】“”\"0123456789.%－—-其中专栏第章节指标预期性约束性\u00A0";
    private static readonly string[] Names =
    [
        "delete-line", "duplicate-line", "swap-adjacent", "move-line", "delete-chars", "insert-noise", "replace-char", "drop-closing",
        "long-line", "separator-line", "huge-number", "truncate", "blank-line", "join-lines", "control-chars", "duplicate-block", "delete-block",
        "split-line", "negative-number", "shift-decimal",
    ];

    public static (string Text, Mutation Mutation) Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var name = Names[random.Next(Names.Length)];
        var i = PickLine(lines, random);
        var removed = new List<string>();
        var charEdit = false;
        switch (name)
        {
            case "delete-line": removed.Add(lines[i]); lines.RemoveAt(i); break;
            case "duplicate-line": lines.Insert(i, lines[i]); break;
            case "swap-adjacent" when i + 1 < lines.Count: (lines[i], lines[i + 1]) = (lines[i + 1], lines[i]); break;
            case "move-line":
                var moved = lines[i];
                removed.Add(moved);
                lines.RemoveAt(i);
                lines.Insert(random.Next(lines.Count + 1), moved);
                break;
            case "delete-chars": charEdit = true; lines[i] = DeleteSpan(lines[i], random); break;
            case "insert-noise": charEdit = true; lines[i] = lines[i].Insert(random.Next(lines[i].Length + 1), RandomNoise(random, random.Next(1, 6))); break;
            case "replace-char" when lines[i].Length > 0:
                charEdit = true;
                var at = random.Next(lines[i].Length);
                lines[i] = lines[i][..at] + Noise[random.Next(Noise.Length)] + lines[i][(at + 1)..];
                break;
            case "drop-closing": charEdit = true; lines[i] = DropClosing(lines[i], random); break;
            case "long-line": lines.Insert(i, new string(Noise[random.Next(Noise.Length)], random.Next(20_000, 60_000)) + lines[i]); break;
            case "separator-line": lines.Insert(i, new string(random.Next(3) switch { 0 => '\t', 1 => '|', _ => ' ' }, random.Next(1, 200))); break;
            case "huge-number": charEdit = true; lines[i] = ReplaceNumber(lines[i], random, _ => new string('9', random.Next(30, 400))); break;
            case "negative-number": charEdit = true; lines[i] = ReplaceNumber(lines[i], random, n => "-" + n); break;
            case "shift-decimal": charEdit = true; lines[i] = ReplaceNumber(lines[i], random, n => n.Replace(".", string.Empty, StringComparison.Ordinal) + "000"); break;
            case "truncate":
                var cut = random.Next(text.Length);
                removed.AddRange(text[cut..].Split('\n'));
                return (text[..cut], new Mutation(name, false, removed));
            case "blank-line": lines.Insert(i, string.Empty); break;
            case "join-lines" when i + 1 < lines.Count: lines[i] += lines[i + 1]; removed.Add(lines[i + 1]); lines.RemoveAt(i + 1); break;
            case "split-line" when lines[i].Length > 1: var s = random.Next(1, lines[i].Length); lines.Insert(i + 1, lines[i][s..]); lines[i] = lines[i][..s]; break;
            case "control-chars": charEdit = true; lines[i] = lines[i].Insert(random.Next(lines[i].Length + 1), ((char)random.Next(1, 32)).ToString()); break;
            case "duplicate-block": var n = random.Next(2, 30); lines.InsertRange(i, lines.Skip(i).Take(n).ToList()); break;
            case "delete-block":
                var count = Math.Min(random.Next(2, 30), lines.Count - i);
                removed.AddRange(lines.GetRange(i, count));
                lines.RemoveRange(i, count);
                break;
            default: lines.Insert(i, lines[i]); name = "duplicate-line"; break;
        }

        return (string.Join('\n', lines), new Mutation(name, charEdit, removed));
    }

    private static int PickLine(List<string> lines, Random random)
    {
        for (var attempt = 0; attempt < 40 && random.Next(10) < 7; attempt++)
        {
            var i = random.Next(lines.Count);
            var line = lines[i].TrimStart();
            if (line.Contains('\t', StringComparison.Ordinal) || line.StartsWith('|') || (line.Length > 0 && char.IsAsciiDigit(line[0])))
            {
                return i;
            }
        }

        return random.Next(lines.Count);
    }

    private static string DeleteSpan(string line, Random random)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var start = random.Next(line.Length);
        return line.Remove(start, Math.Min(random.Next(1, 8), line.Length - start));
    }

    private static string RandomNoise(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var k = 0; k < length; k++)
        {
            builder.Append(Noise[random.Next(Noise.Length)]);
        }

        return builder.ToString();
    }

    private static string DropClosing(string line, Random random)
    {
        var closers = line.Select((c, k) => (c, k)).Where(x => x.c is ']' or '〕' or '】' or '”' or '）' or ')' or '|' or '》').Select(x => x.k).ToList();
        return closers.Count == 0 ? line : line.Remove(closers[random.Next(closers.Count)], 1);
    }

    private static string ReplaceNumber(string line, Random random, Func<string, string> replace)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(line, @"\d+(\.\d+)?");
        if (numbers.Count == 0)
        {
            return line;
        }

        var match = numbers[random.Next(numbers.Count)];
        return line[..match.Index] + replace(match.Value) + line[(match.Index + match.Length)..];
    }
}
