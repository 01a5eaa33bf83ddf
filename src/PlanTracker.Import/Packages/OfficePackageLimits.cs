namespace PlanTracker.Import.Packages;

/// <summary>
/// Bounds for reading an uploaded Office package (.docx, .xlsx) before the Open XML SDK builds its DOM.
/// Sizes are counted while inflating, never taken from the zip headers.
/// </summary>
/// <param name="MaxEntries">Zip entries (parts, relationships, media). Real documents have 10–100.</param>
/// <param name="MaxPartBytes">Uncompressed bytes of one part (also the SDK's MaxCharactersInPart: a character is at least one byte).</param>
/// <param name="MaxTotalBytes">Uncompressed bytes of all parts together.</param>
/// <param name="MaxRatio">Largest uncompressed/compressed ratio of a part once it is beyond <paramref name="RatioFloorBytes"/>.</param>
/// <param name="RatioFloorBytes">Below this size a part may compress as well as it likes (small XML parts often do 50–100x).</param>
/// <param name="MaxDepth">Element nesting in any XML part. The SDK builds its DOM recursively, so this bounds its stack.</param>
/// <param name="MaxElements">XML elements in all parts together: bounds the scan's time and the SDK's DOM (an object per element).</param>
public sealed record OfficePackageLimits(int MaxEntries, long MaxPartBytes, long MaxTotalBytes, int MaxRatio, long RatioFloorBytes, int MaxDepth, long MaxElements)
{
    private const long MiB = 1024 * 1024;

    /// <summary>
    /// A plan document: a 100-page plan's document.xml is 2–5 MB with some 200,000 elements (about 15 bytes
    /// each); nested tables and text boxes stay below 40 levels. Real Word XML compresses 5–30x.
    /// </summary>
    public static readonly OfficePackageLimits Docx = new(
        MaxEntries: 1_000, MaxPartBytes: 30 * MiB, MaxTotalBytes: 50 * MiB, MaxRatio: 100, RatioFloorBytes: 1 * MiB, MaxDepth: 128, MaxElements: 2_000_000);

    /// <summary>
    /// A filled-in 填报表: its sheet is tens of KB. The reader takes at most 10,000 rows of 200 cells, and the
    /// 10 MB part limit was its MaxCharactersInPart before.
    /// </summary>
    public static readonly OfficePackageLimits Xlsx = new(
        MaxEntries: 1_000, MaxPartBytes: 10 * MiB, MaxTotalBytes: 20 * MiB, MaxRatio: 100, RatioFloorBytes: 1 * MiB, MaxDepth: 128, MaxElements: 1_000_000);
}

/// <summary>What the guard found.</summary>
public enum PackageVerdict
{
    /// <summary>Within every limit: the SDK may open it.</summary>
    Accepted,

    /// <summary>Not a readable zip (or a damaged entry in it): the caller says "damaged" in its own words.</summary>
    Damaged,

    /// <summary>Beyond a limit (nesting, size, expansion, entries, duplicate names): <see cref="OfficePackageCheck.Reason"/> says which.</summary>
    Refused,
}

/// <param name="Reason">Chinese, for the user (no final punctuation); null when accepted.</param>
/// <param name="BytesInflated">Uncompressed bytes read before the guard decided: never more than one byte beyond the limit that stopped it.</param>
public sealed record OfficePackageCheck(PackageVerdict Verdict, string? Reason, long BytesInflated)
{
    public bool Accepted => Verdict == PackageVerdict.Accepted;
}
