using System.Text;
using PlanTracker.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await CliApp.RunAsync(args);
