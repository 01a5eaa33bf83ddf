using System.Text;
using PlanTracker.Import;

namespace PlanTracker.Fuzz;

/// <summary>One fuzz input: which document it came from, the mutation, the bytes.</summary>
public sealed record FuzzInput(int Index, string Source, string FileName, Mutation Mutation, byte[] Bytes)
{
    /// <summary>The mutated text a Word input was built from (null for others): --dump writes it beside the file.</summary>
    public string? Text { get; init; }
}

/// <summary>
/// Plan inputs and their verdicts. Input i depends only on (seed, i), so any input can be rebuilt alone
/// (--dump). Verdicts: same, reported (refused, or a new warning or error), faithful (the edited text read as
/// printed), accepted (JSON is authoritative), silent, storage (the validator passed what the database refuses).
/// </summary>
public sealed class PlanCases(PlanCorpus corpus, PlanPipeline pipeline, int seed)
{
    public FuzzInput Input(int index)
    {
        var random = new Random(CaseSeed.Of(seed, index, 17));
        var document = corpus.Documents[random.Next(corpus.Documents.Count)];
        var rounds = random.Next(4) == 0 ? random.Next(2, 4) : 1;
        string text = document.Text;
        var names = new List<string>();
        var removed = new List<string>();
        var edited = false;
        var onlyEdits = true;
        for (var round = 0; round < rounds; round++)
        {
            var json = document.FileName.EndsWith(".json", StringComparison.Ordinal);
            var (next, applied) = json ? JsonMutator.Mutate(text, document.Plan, random) : TextMutator.Mutate(text, random);
            // a round that leaves the tables as they were (a blank line in prose, a line split inside a paragraph)
            // explains nothing and hides nothing: a character edit stacked with it is still a character edit
            var neutral = rounds > 1 && !applied.CharEdit && !json && SameTables(text, next);
            text = next;
            names.Add(applied.Name);
            removed.AddRange(applied.RemovedLines);
            edited |= applied.CharEdit;
            onlyEdits &= applied.CharEdit || neutral;
        }

        var mutation = new Mutation(string.Join('+', names), edited && onlyEdits, removed);
        var bytes = PlanCorpus.Bytes(document.FileName, text);
        if (document.FileName.EndsWith(".docx", StringComparison.Ordinal) && random.Next(5) == 0)
        {
            bytes = ByteMutator.Mutate(bytes, random);
            mutation = mutation with { Name = mutation.Name + "+docx-bytes", CharEdit = false };
        }

        return new FuzzInput(index, document.FileName, document.FileName.Replace("_", "-", StringComparison.Ordinal), mutation, bytes)
        {
            Text = document.FileName.EndsWith(".docx", StringComparison.Ordinal) ? text : null,
        };
    }

    /// <summary>True when two texts read as the same table rows (the reader alone, as the text layout sees them).</summary>
    private static bool SameTables(string before, string after) =>
        PlanShape.Of(PlanParser.Parse(before)).SameAs(PlanShape.Of(PlanParser.Parse(after)));

    public (string Verdict, string Detail) Judge(FuzzInput input)
    {
        var baseline = corpus.Documents.First(d => d.FileName == input.Source);
        var outcome = pipeline.Run(input.FileName, input.Bytes);
        if (outcome.StorageProblem is { } problem)
        {
            return ("storage", problem);
        }

        if (outcome.Plan is null)
        {
            return ("reported", outcome.Errors.FirstOrDefault() ?? string.Empty);
        }

        var shape = PlanShape.Of(outcome.Plan);
        var original = PlanShape.Of(baseline.Plan);
        if (shape.SameAs(original))
        {
            return ("same", string.Empty);
        }

        if (PlanShape.HasNew(baseline.Warnings, outcome.Warnings) || PlanShape.HasNew(baseline.Errors, outcome.Errors))
        {
            return ("reported", string.Empty);
        }

        if (input.FileName.EndsWith(".json", StringComparison.Ordinal))
        {
            return ("accepted", string.Empty);
        }

        return shape.FaithfulTo(original, input.Mutation) ? ("faithful", string.Empty) : ("silent", Describe(original, shape));
    }

    private static string Describe(PlanShape original, PlanShape mutated)
    {
        var builder = new StringBuilder();
        foreach (var (name, a, b) in new[] { ("indicators", original.Indicators, mutated.Indicators), ("previous", original.Previous, mutated.Previous), ("projects", original.Projects, mutated.Projects) })
        {
            if (!a.SequenceEqual(b))
            {
                builder.Append(name).Append(": ").Append(string.Join(",", a.Select(r => r.Number))).Append(" -> ").Append(string.Join(",", b.Select(r => r.Number))).Append("; ");
            }
        }

        return builder.ToString();
    }
}

/// <summary>Byte-level damage to a zip (docx, xlsx): flipped bytes, a cut, a zeroed run, inserted garbage.</summary>
public static class ByteMutator
{
    public static byte[] Mutate(byte[] bytes, Random random)
    {
        var copy = bytes.ToList();
        switch (random.Next(4))
        {
            case 0:
                for (var k = random.Next(1, 20); k > 0; k--)
                {
                    copy[random.Next(copy.Count)] ^= (byte)random.Next(1, 256);
                }

                break;
            case 1:
                copy.RemoveRange(random.Next(copy.Count), 0);
                copy = copy.Take(random.Next(1, copy.Count)).ToList();
                break;
            case 2:
                var start = random.Next(copy.Count);
                for (var k = start; k < Math.Min(copy.Count, start + random.Next(1, 512)); k++)
                {
                    copy[k] = 0;
                }

                break;
            default:
                var garbage = new byte[random.Next(1, 256)];
                random.NextBytes(garbage);
                copy.InsertRange(random.Next(copy.Count), garbage);
                break;
        }

        return [.. copy];
    }
}
