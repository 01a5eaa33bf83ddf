using System.Collections.Concurrent;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests;

/// <summary>The five seed texts (copied to the test output under seeds/), read and parsed once.</summary>
internal static class Seeds
{
    public const string ZhuzhouPdf = "000_4132e6e48fb5d193.txt";
    public const string Changsha = "001_89ddb6cf686b81bb.txt";
    public const string Xiangxi = "002_64beaed048f7f4b9.txt";
    public const string ZhuzhouMarkdown = "003_f9f3cfa3ecb0e988.txt";
    public const string Ezhou = "004_7344e8426a90731a.txt";

    public static readonly string[] All = [ZhuzhouPdf, Changsha, Xiangxi, ZhuzhouMarkdown, Ezhou];

    private static readonly ConcurrentDictionary<string, ParsedPlan> Parsed = new();

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", file));

    public static string Text(string file)
    {
        var result = PlanTextReader.Read(Bytes(file));
        Assert.True(result.Success, result.Error);
        return result.Text;
    }

    public static ParsedPlan Plan(string file) => Parsed.GetOrAdd(file, f => PlanParser.Parse(Text(f)));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in All)
        {
            data.Add(file);
        }

        return data;
    }
}
