using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests.Word;

internal static class WordCases
{
    public static TheoryData<string, WordVariant> For(params WordVariant[] variants)
    {
        var data = new TheoryData<string, WordVariant>();
        foreach (var seed in Seeds.All)
        {
            foreach (var variant in variants)
            {
                data.Add(seed, variant);
            }
        }

        return data;
    }

    /// <summary>The seed as a .docx in the variant, read and parsed as an upload is.</summary>
    public static ParsedPlan Parse(string seed, WordVariant variant)
    {
        var read = PlanDocumentReader.Read("规划.docx", SeedWordVariants.Docx(Seeds.Text(seed), variant));
        Assert.True(read.Success, read.Error);
        return PlanParser.Parse(read);
    }
}
