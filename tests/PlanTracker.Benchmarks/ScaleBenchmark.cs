using System.Diagnostics;
using System.Globalization;
using System.Text;
using PlanTracker.Import;

namespace PlanTracker.Benchmarks;

/// <summary>
/// Parsing time against input size (issue 11, defect 6: linear time, a 10 MB text in &lt; 5 s). Four kinds of text
/// at 0.5, 1, 2, 4 and 10 MB (UTF-8): the seeds concatenated; seeds mixed with garbage lines; one PDF paragraph
/// that never ends (joined line by line, it was quadratic); Markdown table rows. Each is read (PlanTextReader)
/// and parsed three times after a warm-up; the median and the time per MB are reported. Writes docs/benchmarks-scale.md.
/// </summary>
public static class ScaleBenchmark
{
    public const double TargetSeconds = 5;
    private static readonly double[] Sizes = [0.5, 1, 2, 4, 10];

    public static int Run(string repositoryRoot)
    {
        var seeds = SeedFiles.All().Select(f => PlanTextReader.Read(File.ReadAllBytes(f)).Text).ToArray();
        var kinds = new (string Name, Func<int, string> Make)[]
        {
            ("seeds concatenated", bytes => Fill(bytes, (b, i, _) => b.Append(seeds[i % seeds.Length]).Append('\n'))),
            ("seeds and garbage lines", bytes => Fill(bytes, (b, i, r) => { if (i % 40 == 0) { b.Append(seeds[i / 40 % seeds.Length]).Append('\n'); } else { Garbage(b, r); } })),
            ("one paragraph without sentence end", bytes => Fill(bytes, (b, _, _) => b.Append("这是没有句末标点的一行文字，内容很长很长很长很长很长很长\n"))),
            ("Markdown table rows", bytes => Fill(bytes, (b, i, _) => b.Append(i % 200 == 0 ? "| 指标 | 单位 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|---|\n" : $"| {i % 200}.城镇新增就业人数 | 万人 | 1.5 | [10] | 预期性 |\n"))),
        };
        var report = new StringBuilder();
        report.AppendLine("| input | size (MB) | lines | median (s) | min (s) | CPU (s) | s per MB | warnings | < 5 s |").AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|:--|");
        var met = true;
        foreach (var (name, make) in kinds)
        {
            Time(Encoding.UTF8.GetBytes(make(256 * 1024)));
            foreach (var size in Sizes)
            {
                var bytes = Encoding.UTF8.GetBytes(make((int)(size * 1024 * 1024)));
                var (median, min, cpu, warnings, lines) = Time(bytes);
                met &= size < 10 || median < TargetSeconds;
                var row = string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {bytes.Length / 1048576.0:F2} | {lines:N0} | {median:F2} | {min:F2} | {cpu:F2} | {median / (bytes.Length / 1048576.0):F2} | {warnings} | {(median < TargetSeconds ? "yes" : "no")} |");
                Console.WriteLine(row);
                report.AppendLine(row);
            }
        }

        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        var path = Path.Combine(repositoryRoot, "docs", "benchmarks-scale.md");
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        const string begin = "<!-- scale:begin -->", end = "<!-- scale:end -->";
        var figures = $"{begin}\nRun at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, Release, {Environment.ProcessorCount} cores, 1-minute load average {load} at the end.\n\n{report}{end}";
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        File.WriteAllText(path, from >= 0 && to > from ? text[..from] + figures + text[(to + end.Length)..] : text + "\n" + figures + "\n");
        Console.WriteLine($"10 MB in < {TargetSeconds} s: {(met ? "PASS" : "FAIL")}; figures in {path}");
        return 0;
    }

    /// <summary>Appends pieces up to the byte size, then trims to it (PlanTextReader refuses more than 10 MB).</summary>
    private static string Fill(int bytes, Action<StringBuilder, int, Random> piece)
    {
        var builder = new StringBuilder();
        var random = new Random(5);
        var count = 0;
        for (var i = 0; count < bytes; i++)
        {
            var last = builder.Length;
            piece(builder, i, random);
            count += Encoding.UTF8.GetByteCount(builder.ToString(last, builder.Length - last));
        }

        var text = builder.ToString();
        while (Encoding.UTF8.GetByteCount(text) > Math.Min(bytes, PlanTextReader.MaxBytes))
        {
            text = text[..(text.Length * 99 / 100)];
        }

        return text;
    }

    private static void Garbage(StringBuilder builder, Random random)
    {
        switch (random.Next(5))
        {
            case 0: builder.Append(new string('|', random.Next(1, 60))); break;
            case 1: builder.Append(random.Next(1, 30)).Append(". ").Append("指标").Append(random.Next(1000)).Append(' ').Append(random.NextDouble() * 100); break;
            case 2: builder.Append('\t', random.Next(1, 10)); break;
            default:
                for (var k = random.Next(10, 80); k > 0; k--)
                {
                    builder.Append((char)random.Next(0x4E00, 0x4F00));
                }

                break;
        }

        builder.Append('\n');
    }

    /// <summary>Wall-clock median and minimum of three runs, and the process CPU time of the median run (robust when other processes load the machine).</summary>
    private static (double Median, double Min, double Cpu, int Warnings, int Lines) Time(byte[] bytes)
    {
        var times = new List<(double Wall, double Cpu)>();
        var warnings = 0;
        var lines = 0;
        for (var run = 0; run < 3; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var read = PlanTextReader.Read(bytes);
            var plan = PlanParser.Parse(read.Success ? read.Text : string.Empty);
            stopwatch.Stop();
            times.Add((stopwatch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds));
            warnings = plan.Warnings.Count;
            lines = read.Success ? read.Text.Count(c => c == '\n') : -1;
        }

        times.Sort();
        return (times[1].Wall, times[0].Wall, times[1].Cpu, warnings, lines);
    }
}
