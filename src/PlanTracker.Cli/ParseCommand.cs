namespace PlanTracker.Cli;

internal static class ParseCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("parse: 尚未实现");
        return CliApp.BadInput;
    }
}
