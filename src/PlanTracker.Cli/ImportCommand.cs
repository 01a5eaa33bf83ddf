using Microsoft.Extensions.Logging;

namespace PlanTracker.Cli;

internal static class ImportCommand
{
    public static Task<int> RunAsync(string[] args, ILoggerFactory loggerFactory)
    {
        Console.Error.WriteLine("import: 尚未实现");
        return Task.FromResult(CliApp.BadInput);
    }
}
