using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;

namespace PlanTracker.Import.Packages;

/// <summary>
/// Checks an uploaded Office package before the Open XML SDK opens it. The SDK builds each part's DOM
/// recursively (a stack overflow on deep nesting ends the process: it cannot be caught) and inflates parts
/// whatever their size. This guard reads every zip entry once, streaming, in bounded memory and time:
/// it inflates through <see cref="CappedInflateStream"/> (part size, total size, expansion ratio) and scans
/// each entry with <see cref="XmlReader"/> (iterative, no DTD, no resolver), refusing nesting beyond the limit
/// and more elements than the limit.
/// </summary>
/// <remarks>
/// Every entry is scanned as XML, whatever its name or content type. The SDK 2.20 loads a part with
/// <c>XmlReader.Create(partStream, settings)</c> and <see cref="DtdProcessing.Prohibit"/> (character checks on), so
/// whatever prefix of a part it can parse, this scan (same detection of the encoding, no character checks) has
/// parsed and depth-checked first. Where the scan meets something that is not XML (an image, printer settings, a
/// malformed part) it stops with an <see cref="XmlException"/> and the rest of the entry is only counted; the SDK
/// reports a malformed part itself if the reader ever loads it, and the caller says "damaged".
/// </remarks>
public static partial class OfficePackageGuard
{
    public const string TooDeepError = "文件结构异常（嵌套层级过深），已拒绝读取";
    public const string TooLargeError = "文件解压后过大（疑似压缩炸弹），已拒绝读取";
    public const string TooManyElementsError = "文件结构异常（XML 元素过多），已拒绝读取";
    public const string TooManyPartsError = "文件结构异常（包含的部件过多），已拒绝读取";
    public const string DuplicatePartError = "文件结构异常（部件名称重复或分段存储），已拒绝读取";
    public const string DamagedError = "文件已损坏或不是 Office 文档";

    public static OfficePackageCheck Check(byte[] package, OfficePackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        var budget = new InflationBudget(limits);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                return new(PackageVerdict.Refused, TooManyPartsError, 0);
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (entries.Any(e => !names.Add(e.FullName.Replace('\\', '/')) || Piece().IsMatch(e.FullName)))
            {
                return new(PackageVerdict.Refused, DuplicatePartError, 0);
            }

            foreach (var entry in entries)
            {
                Scan(entry, budget, Math.Min(entry.CompressedLength, package.Length));
            }

            return new(PackageVerdict.Accepted, null, budget.Total);
        }
        catch (PackageLimitException refused)
        {
            return new(PackageVerdict.Refused, refused.Message, budget.Total);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // Not a zip, a damaged one (also a damaged deflate stream), an unsupported compression method.
            return new(PackageVerdict.Damaged, DamagedError, budget.Total);
        }
    }

    private static void Scan(ZipArchiveEntry entry, InflationBudget budget, long compressedBytes)
    {
        using var part = new CappedInflateStream(entry.Open(), budget, compressedBytes);
        try
        {
            using var reader = XmlReader.Create(part, Settings(budget.Limits));
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= budget.Limits.MaxDepth)
                {
                    throw new PackageLimitException(TooDeepError);
                }

                if (++budget.Elements > budget.Limits.MaxElements)
                {
                    throw new PackageLimitException(TooManyElementsError);
                }
            }
        }
        catch (XmlException)
        {
            // Not XML, or not well-formed from here on (the SDK cannot read past this point either): only its size counts, below.
        }

        part.Drain();
    }

    private static XmlReaderSettings Settings(OfficePackageLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxPartBytes,
        // At least as lenient as the SDK's reader, so the scan never stops before the SDK would.
        CheckCharacters = false,
        CloseInput = false,
    };

    /// <summary>An OPC "interleaved" piece (part.xml/[0].piece … [n].last.piece): one part split over entries, never written by Office.</summary>
    [GeneratedRegex(@"\[\d+\](\.last)?\.piece$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Piece();
}
