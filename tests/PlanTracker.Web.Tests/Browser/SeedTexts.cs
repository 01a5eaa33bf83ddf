namespace PlanTracker.Web.Tests.Browser;

/// <summary>The repository's seed plans, for journeys that upload a city's plan under another city's name.</summary>
internal static class SeedTexts
{
    /// <summary>The text of the seed whose file name starts with <paramref name="prefix"/> (001 is 长沙's Word tab-separated text).</summary>
    public static string Read(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), prefix + "_*.txt").Single());

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
