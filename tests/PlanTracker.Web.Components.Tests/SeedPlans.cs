using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Web.Components.Tests;

/// <summary>The seed plan texts in seeds/, read and parsed as the import page does.</summary>
public static class SeedPlans
{
    /// <summary>长沙's plan (seeds/001_…): 长政办发〔2021〕73号, nine chapters, 专栏1–9, 13 main indicators, no project table.</summary>
    public static ParsedPlan Changsha() => Parse("001_*.txt");

    public static ParsedPlan Parse(string pattern)
    {
        var file = Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), pattern).Single();
        var read = PlanDocumentReader.Read(file, File.ReadAllBytes(file));
        return PlanParser.Parse(read.Text);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found");
    }
}
