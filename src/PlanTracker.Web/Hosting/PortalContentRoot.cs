namespace PlanTracker.Web.Hosting;

/// <summary>
/// Where the portal reads appsettings.json and wwwroot from. ASP.NET Core takes the current directory, so a published
/// folder started from anywhere else (a service without a working directory, <c>dotnet /opt/plantracker/PlanTracker.Web.dll</c>)
/// ran without its settings, its log sinks (nothing after the first lines was logged, the generated admin password
/// included) and its styles. When the current directory is not the portal's and nothing chose a content root, the
/// program's own folder is used.
/// </summary>
public static class PortalContentRoot
{
    private const string Settings = "appsettings.json";

    /// <summary>The program's folder, or null to keep ASP.NET Core's choice (a --contentRoot argument, ASPNETCORE_CONTENTROOT, or a current directory that has the settings).</summary>
    public static string? Choose(string[] args, string currentDirectory, string programDirectory)
    {
        var chosen = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        if (chosen || File.Exists(Path.Combine(currentDirectory, Settings)) || !File.Exists(Path.Combine(programDirectory, Settings)))
        {
            return null;
        }

        return programDirectory;
    }
}
