using System.IO.Compression;
using System.Text;

namespace PlanTracker.Import.Tests;

/// <summary>
/// Builds the hostile Office files of issue 11 from a real package: deeply nested XML injected into one part,
/// or a part replaced by a "zip bomb" (megabytes of repeated markup that deflate to a few kilobytes).
/// Also compiled into PlanTracker.Web.Tests (linked file), so both test projects build the same files.
/// </summary>
public static class HostilePackages
{
    /// <summary>Where a worksheet's rows end: the SDK writes the tag with the prefix x:, Excel without.</summary>
    public static readonly string[] SheetDataEnd = ["</sheetData>", "</x:sheetData>"];

    /// <summary>A copy of <paramref name="package"/> with <paramref name="injected"/> inserted right after <paramref name="marker"/> in one part.</summary>
    public static byte[] Inject(byte[] package, string entryName, string marker, string injected) =>
        Replace(package, entryName, (old, output) =>
        {
            var text = Encoding.UTF8.GetString(old);
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"{entryName} has no {marker}", nameof(marker));
            }

            var bytes = Encoding.UTF8.GetBytes(text.Insert(at + marker.Length, injected));
            output.Write(bytes);
        });

    /// <summary><paramref name="depth"/> elements each inside the previous one: &lt;a&gt;&lt;a&gt;…&lt;/a&gt;&lt;/a&gt;.</summary>
    public static string Nested(string name, int depth, string prefixAttributes = "")
    {
        var builder = new StringBuilder(depth * (2 * name.Length + 5) + prefixAttributes.Length);
        builder.Append('<').Append(name).Append(prefixAttributes).Append('>');
        for (var i = 1; i < depth; i++)
        {
            builder.Append('<').Append(name).Append('>');
        }

        for (var i = 0; i < depth; i++)
        {
            builder.Append("</").Append(name).Append('>');
        }

        return builder.ToString();
    }

    /// <summary>
    /// A copy whose part <paramref name="entryName"/> is its old text up to <paramref name="marker"/> (inclusive),
    /// then <paramref name="unit"/> repeated until <paramref name="bytes"/> bytes, then the rest: well-formed XML
    /// that inflates to <paramref name="bytes"/> from a few kilobytes (written in chunks, never held in memory whole).
    /// </summary>
    public static byte[] Bomb(byte[] package, string entryName, string marker, string unit, long bytes) =>
        Replace(package, entryName, (old, output) =>
        {
            var text = Encoding.UTF8.GetString(old);
            var at = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            output.Write(Encoding.UTF8.GetBytes(text[..at]));
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, 65_536 / unit.Length)));
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                output.Write(chunk);
            }

            output.Write(Encoding.UTF8.GetBytes(text[at..]));
        });

    /// <summary>A copy with one part rewritten by <paramref name="write"/> (given the old bytes); every other entry copied as it was.</summary>
    public static byte[] Replace(byte[] package, string entryName, Action<byte[], Stream> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var found = false;
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var copy = new MemoryStream();
                from.CopyTo(copy);
                var level = entry.FullName == entryName ? CompressionLevel.SmallestSize : CompressionLevel.Optimal;
                using var to = target.CreateEntry(entry.FullName, level).Open();
                if (entry.FullName == entryName)
                {
                    found = true;
                    write(copy.ToArray(), to);
                }
                else
                {
                    copy.Position = 0;
                    copy.CopyTo(to);
                }
            }

            if (!found)
            {
                throw new ArgumentException($"the package has no {entryName}", nameof(entryName));
            }
        }

        return output.ToArray();
    }

    /// <summary>A copy with more entries (any names, also ones that are already there).</summary>
    public static byte[] Add(byte[] package, params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        output.Write(package);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var to = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                to.Write(content);
            }
        }

        return output.ToArray();
    }

    public static byte[] Add(byte[] package, string entryName, byte[] content) => Add(package, (entryName, content));

    /// <summary>The first entry whose text contains one of <paramref name="markers"/>, with the marker found.</summary>
    public static (string Entry, string Marker) PartContaining(byte[] package, params string[] markers)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            if (markers.FirstOrDefault(m => text.Contains(m, StringComparison.Ordinal)) is { } marker)
            {
                return (entry.FullName, marker);
            }
        }

        throw new ArgumentException("no entry contains any of the markers", nameof(markers));
    }
}
