using System.Text;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Fuzz;

/// <summary>An unmutated document: its file name, its text (or JSON) and what it reads as.</summary>
public sealed record BaseDocument(string FileName, string Text, ParsedPlan Plan, List<string> Warnings, List<string> Errors);

/// <summary>The unmutated documents the plan cases start from: the five seeds as text, 003 as Markdown, two as JSON and two as Word documents.</summary>
public sealed class PlanCorpus
{
    public PlanCorpus(string seedDirectory, PlanPipeline pipeline)
    {
        var seeds = Directory.GetFiles(seedDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var texts = seeds.Select(f => (Name: Path.GetFileNameWithoutExtension(f), Text: PlanTextReader.Read(File.ReadAllBytes(f)).Text)).ToList();
        var documents = new List<(string File, string Text)>();
        documents.AddRange(texts.Select(t => (t.Name + ".txt", t.Text)));
        documents.AddRange(texts.Where(t => t.Name.StartsWith("003", StringComparison.Ordinal)).Select(t => (t.Name + ".md", t.Text)));
        documents.AddRange(texts.Where(t => t.Name.StartsWith("001", StringComparison.Ordinal) || t.Name.StartsWith("002", StringComparison.Ordinal))
            .Select(t => (t.Name + ".json", PlanJson.Serialize(PlanParser.Parse(t.Text)))));
        documents.AddRange(texts.Where(t => t.Name.StartsWith("001", StringComparison.Ordinal) || t.Name.StartsWith("004", StringComparison.Ordinal)).Select(t => (t.Name + ".docx", t.Text)));
        Documents = documents.Select(d =>
        {
            var outcome = pipeline.Run(d.File, Bytes(d.File, d.Text));
            return new BaseDocument(d.File, d.Text, outcome.Plan!, outcome.Warnings, outcome.Errors);
        }).ToList();
    }

    public IReadOnlyList<BaseDocument> Documents { get; }

    public static byte[] Bytes(string fileName, string text) =>
        fileName.EndsWith(".docx", StringComparison.Ordinal) ? MinimalDocx.From(text) : Encoding.UTF8.GetBytes(text);
}
