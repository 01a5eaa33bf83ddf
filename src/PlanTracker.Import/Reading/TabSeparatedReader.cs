using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Reading;

/// <summary>Word text with one table row per line, cells separated by tabs.</summary>
internal static class TabSeparatedReader
{
    public static IReadOnlyList<Element> Read(IReadOnlyList<SourceLine> lines)
    {
        var elements = new List<Element>(lines.Count);
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                elements.Add(new BlankElement(line.Number));
            }
            else if (line.Text.Contains('\t'))
            {
                elements.Add(new RowElement(line.Number, line.Text.Split('\t').Select(c => c.Trim()).ToList()));
            }
            else
            {
                elements.Add(new TextElement(line.Number, line.Text.Trim()));
            }
        }

        return elements;
    }
}
