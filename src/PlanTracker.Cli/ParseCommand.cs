using PlanTracker.Import;

namespace PlanTracker.Cli;

/// <summary>`parse &lt;file&gt;`: prints the plan as JSON (exit 0), or a clear error on stderr (exit 2).</summary>
internal static class ParseCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("用法：PlanTracker.Cli parse <文件>");
            return CliApp.BadInput;
        }

        var path = args[0];
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"文件不存在：{path}");
            return CliApp.BadInput;
        }

        // Refused before reading, as the portal's upload is: never load a huge file into memory.
        var text = new FileInfo(path).Length > PlanTextReader.MaxBytes
            ? PlanTextReadResult.Fail(PlanTextReader.TooLargeError)
            : PlanDocumentReader.Read(path, File.ReadAllBytes(path));
        if (!text.Success)
        {
            Console.Error.WriteLine($"无法读取 {path}：{text.Error}");
            return CliApp.BadInput;
        }

        var plan = PlanParser.Parse(text);
        if (PlanParser.Refusal(plan) is { } refusal)
        {
            Console.Error.WriteLine($"{path}：{refusal}");
            return CliApp.BadInput;
        }

        using var stdout = Console.OpenStandardOutput();
        using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteLine(PlanJson.Serialize(plan));
        return CliApp.Ok;
    }
}
