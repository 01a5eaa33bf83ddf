using System.Collections.Concurrent;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>Each seed rendered as an HTML page, printed to PDF by Chromium once per test run, read back and parsed.</summary>
public sealed class SeedPdfFixture
{
    private readonly ConcurrentDictionary<string, Lazy<(byte[] Pdf, PlanTextReadResult Read, ParsedPlan Plan)>> _seeds = new();

    public byte[] Pdf(string seed) => Get(seed).Pdf;

    public PlanTextReadResult Read(string seed) => Get(seed).Read;

    public ParsedPlan Plan(string seed) => Get(seed).Plan;

    private (byte[] Pdf, PlanTextReadResult Read, ParsedPlan Plan) Get(string seed) => _seeds.GetOrAdd(seed, s => new(() =>
    {
        var pdf = ChromiumPrinter.Print(SeedHtml.Render(SeedTables.Blocks(Seeds.Text(s))));
        var read = PlanDocumentReader.Read($"{s}.pdf", pdf);
        Assert.True(read.Success, read.Error);
        return (pdf, read, PlanParser.Parse(read));
    })).Value;
}
