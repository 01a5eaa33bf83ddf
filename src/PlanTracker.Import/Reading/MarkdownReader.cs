using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Reading;

/// <summary>Markdown: pipe tables (| a | b |), separator rows (|---|), prose lines with ** emphasis.</summary>
internal static class MarkdownReader
{
    public static IReadOnlyList<Element> Read(IReadOnlyList<SourceLine> lines)
    {
        var elements = new List<Element>(lines.Count);
        foreach (var line in lines)
        {
            var trimmed = line.Text.Trim();
            if (trimmed.Length == 0)
            {
                elements.Add(new BlankElement(line.Number));
                continue;
            }

            if (trimmed[0] == '|')
            {
                var inner = trimmed.Trim('|');
                var cells = inner.Split('|').Select(c => StripEmphasis(c).Trim()).ToList();
                if (cells.All(c => c.Length > 0 && c.Trim(':', '-', ' ').Length == 0))
                {
                    continue;
                }

                elements.Add(new RowElement(line.Number, cells));
                continue;
            }

            var text = StripEmphasis(trimmed.TrimStart('#', '>', ' '));
            if (text.Length > 0)
            {
                elements.Add(new TextElement(line.Number, text));
            }
        }

        return elements;
    }

    private static string StripEmphasis(string text) =>
        text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
}
