using System.Text.RegularExpressions;

namespace PlanTracker.Import.Parsing;

/// <summary>Splits text into lines and removes extraction noise: [bookmark: …] anchors, page footers ("— 32—"), stray control characters.</summary>
internal static partial class LineNormaliser
{
    public static IReadOnlyList<SourceLine> Normalise(string text, ParseContext context)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var raw = unified.Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            lines.Add(Normalise(i + 1, raw[i], context));
        }

        return lines;
    }

    /// <summary>One line, numbered: cut to <see cref="TextTools.MaxLineLength"/> (with a warning), cleaned, a page footer emptied.</summary>
    public static SourceLine Normalise(int number, string line, ParseContext context)
    {
        if (line.Length > TextTools.MaxLineLength)
        {
            context.Warn(number, $"第{number}行过长（{line.Length}个字符），只读取前{TextTools.MaxLineLength}个字符");
            line = line[..TextTools.MaxLineLength];
        }

        line = CleanLine(line);
        return new SourceLine(number, IsPageFooter(line) ? string.Empty : line);
    }

    public static string CleanLine(string line)
    {
        if (line.Contains("[bookmark", StringComparison.OrdinalIgnoreCase))
        {
            line = BookmarkRegex().Replace(line, string.Empty);
        }

        if (line.Length > 0 && line[0] == '\uFEFF')
        {
            line = line[1..];
        }

        if (line.Any(c => char.IsControl(c) && c != '\t'))
        {
            line = new string(line.Where(c => !char.IsControl(c) || c == '\t').ToArray());
        }

        return line.Replace('\u00A0', ' ').Replace('\u3000', ' ').TrimEnd(' ', '\r', '\n');
    }

    /// <summary>"— 32—", "- 5 -", "—32—": page numbers printed in the footer of a PDF page.</summary>
    public static bool IsPageFooter(string line) => line.Length < 16 && PageFooterRegex().IsMatch(line);

    [GeneratedRegex(@"\[bookmark:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex BookmarkRegex();

    [GeneratedRegex(@"^\s*[—\-–－]\s*\d{1,3}\s*[—\-–－]\s*$")]
    private static partial Regex PageFooterRegex();
}
