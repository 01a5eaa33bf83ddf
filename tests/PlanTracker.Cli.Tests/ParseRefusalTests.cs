namespace PlanTracker.Cli.Tests;

/// <summary>
/// `parse` refuses a plan whose main-indicator table cannot be found (issue 12: nothing lost silently): exit 2 and a
/// Chinese message on stderr, no JSON.
/// </summary>
public class ParseRefusalTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task A_plan_without_its_main_indicator_table_is_refused_with_exit_2()
    {
        // 长沙's plan with the lines of its main-indicator table (header to footnote) taken out
        var lines = File.ReadAllLines(Path.Combine(Seeds, "001_89ddb6cf686b81bb.txt")).ToList();
        var header = lines.FindIndex(l => l.StartsWith("指 标\t单 位\t2020年\t2025年", StringComparison.Ordinal));
        var footnote = lines.FindIndex(header, l => l.StartsWith('注'));
        lines.RemoveRange(header, footnote - header);
        var file = Path.Combine(Path.GetTempPath(), $"no-table-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(file, lines);

        try
        {
            var run = await CliRun.StartAsync(string.Empty, [], "parse", file);

            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Contains("没有找到主要指标表", run.StandardError, StringComparison.Ordinal);
            Assert.Equal(string.Empty, run.StandardOutput.Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_seed_plan_still_parses_with_exit_0()
    {
        var run = await CliRun.StartAsync(string.Empty, [], "parse", Path.Combine(Seeds, "001_89ddb6cf686b81bb.txt"));

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("\"indicators\"", run.StandardOutput, StringComparison.Ordinal);
    }
}
