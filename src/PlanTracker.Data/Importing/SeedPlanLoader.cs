using Microsoft.Extensions.Logging;

namespace PlanTracker.Data.Importing;

/// <summary>
/// Imports the plans shipped in seeds/ so that a new installation shows them. Idempotent: a file whose
/// SHA-256 is already recorded is skipped, so later starts change nothing.
/// </summary>
public sealed class SeedPlanLoader(PlanImporter importer, ILogger<SeedPlanLoader> logger)
{

    public async Task<IReadOnlyList<ImportResult>> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        var results = new List<ImportResult>();
        foreach (var file in PlanFiles(directory))
        {
            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            var result = await importer.ImportAsync(new ImportSource(Path.GetFileName(file), content, "seed") { SkipIfImportedBefore = true }, allowRemovals: false, cancellationToken);
            results.Add(result);
            if (result.Outcome is ImportOutcome.Rejected or ImportOutcome.NeedsConfirmation)
            {
                logger.LogWarning("Seed {File} was not imported ({Outcome}): {Message}", file, result.Outcome, result.Message);
            }
        }

        return results;
    }

    public static IEnumerable<string> PlanFiles(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(f => PlanTracker.Import.PlanDocumentReader.AcceptedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal);

    /// <summary>The configured folder, else the nearest "seeds" folder above the given starting points.</summary>
    public static string? FindSeedDirectory(string? configured, params string[] startingPoints)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in startingPoints)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
