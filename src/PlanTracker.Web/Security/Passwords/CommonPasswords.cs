namespace PlanTracker.Web.Security.Passwords;

/// <summary>
/// The 1,000 most common passwords: the first 1,000 lines of the ranked "passwords" dictionary that the zxcvbn-core
/// package embeds (zxcvbn's frequency list from leaked password sets, most frequent first). Read once from the
/// package's assembly, so the list is the published one, not one written by hand.
/// </summary>
public static class CommonPasswords
{
    public const int Count = 1_000;

    private const string Resource = "zxcvbn-core.Dictionaries.passwords.lst";

    private static readonly Lazy<IReadOnlySet<string>> Top = new(Load);

    /// <summary>The list, lower-case.</summary>
    public static IReadOnlySet<string> All => Top.Value;

    public static bool Contains(string candidate) => Top.Value.Contains(candidate.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(Zxcvbn.Zxcvbn).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"zxcvbn-core no longer embeds {Resource}: the common-password check needs another source.");
        using var reader = new StreamReader(stream);
        var top = new HashSet<string>(StringComparer.Ordinal);
        while (top.Count < Count && reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                top.Add(word.ToLowerInvariant());
            }
        }

        return top.Count == Count ? top : throw new InvalidOperationException($"{Resource} has only {top.Count} passwords.");
    }
}
