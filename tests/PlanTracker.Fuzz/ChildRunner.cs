using PlanTracker.Import;

namespace PlanTracker.Fuzz;

/// <summary>
/// Runs inputs [from, to) of one kind in this (child) process. Before each input it prints "S i", after it
/// "R i verdict mutation file detail". An input still running after the timeout is printed as a hang and the
/// child exits (the stuck thread cannot be stopped); a crash ends the child with no R line: the parent sees both.
/// </summary>
public static class ChildRunner
{
    public static int Run(string kind, int seed, int from, int to, TimeSpan timeout, string seeds)
    {
        var pipeline = new PlanPipeline();
        var corpus = new PlanCorpus(seeds, pipeline);
        var plans = new PlanCases(corpus, pipeline, seed);
        var workbooks = new Lazy<WorkbookCases>(() => new WorkbookCases(PlanParser.Parse(corpus.Documents.First(d => d.FileName.StartsWith("001", StringComparison.Ordinal)).Text), seed));
        for (var i = from; i < to; i++)
        {
            Console.WriteLine($"S\t{i}");
            FuzzInput? input = null;
            var work = Task.Factory.StartNew(() =>
            {
                input = kind == "plans" ? plans.Input(i) : workbooks.Value.Input(i);
                return kind == "plans" ? plans.Judge(input) : workbooks.Value.Judge(input);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            string verdict;
            string detail;
            try
            {
                if (!work.Wait(timeout))
                {
                    Console.WriteLine($"R\t{i}\thang\t{input?.Mutation.Name}\t{input?.Source}\tover {timeout.TotalSeconds:0} s");
                    Console.Out.Flush();
                    Environment.Exit(3);
                }

                (verdict, detail) = work.Result;
            }
            catch (AggregateException e)
            {
                verdict = "unhandled";
                detail = $"{e.InnerException?.GetType().Name}: {e.InnerException?.Message}";
            }

            Console.WriteLine($"R\t{i}\t{verdict}\t{input?.Mutation.Name}\t{input?.Source}\t{Clean(detail)}");
        }

        return 0;
    }

    /// <summary>Writes input i to a file, to look at it or feed it to the CLI.</summary>
    public static int Dump(string kind, int seed, int index, string seeds, string path)
    {
        var pipeline = new PlanPipeline();
        var corpus = new PlanCorpus(seeds, pipeline);
        var input = kind == "plans"
            ? new PlanCases(corpus, pipeline, seed).Input(index)
            : new WorkbookCases(PlanParser.Parse(corpus.Documents.First(d => d.FileName.StartsWith("001", StringComparison.Ordinal)).Text), seed).Input(index);
        var file = Path.Combine(path, $"{kind}-{seed}-{index}-{input.FileName}");
        File.WriteAllBytes(file, input.Bytes);
        if (input.Text is { } text)
        {
            File.WriteAllText(file + ".txt", text);
        }

        Console.WriteLine($"{file} ({input.Mutation.Name} of {input.Source})");
        return 0;
    }

    private static string Clean(string text)
    {
        var flat = text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('\0', ' ');
        return flat.Length > 200 ? flat[..200] : flat;
    }
}
