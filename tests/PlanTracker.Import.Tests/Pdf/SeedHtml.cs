using System.Globalization;
using System.Net;
using System.Text;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>A seed as a printable HTML page: prose as &lt;p&gt;/&lt;h2&gt;, each table a real &lt;table&gt; with &lt;th&gt;/&lt;td&gt;.</summary>
internal static class SeedHtml
{
    private const string Style = """
        @page { size: A4; margin: 20mm 18mm; }
        body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; line-height: 1.6; }
        h2 { font-size: 14pt; margin: 12pt 0 6pt; }
        p { margin: 0 0 6pt; text-indent: 2em; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 10.5pt; line-height: 1.35; }
        th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
        th { font-weight: bold; text-align: center; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        .break { break-before: page; }
        """;

    /// <summary>The page; <paramref name="extraStyle"/> adds CSS (e.g. a forced page break), <paramref name="repeat"/> repeats the body.</summary>
    public static string Render(IReadOnlyList<SeedBlock> blocks, string extraStyle = "", int repeat = 1)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>规划</title><style>")
            .Append(Style).Append(extraStyle).Append("</style></head><body>");
        for (var copy = 0; copy < repeat; copy++)
        {
            var tableIndex = 0;
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case SeedParagraph { Heading: true } heading:
                        html.Append("<h2>").Append(Encode(heading.Text)).Append("</h2>");
                        break;
                    case SeedParagraph paragraph:
                        html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>");
                        break;
                    case SeedTable table:
                        AppendTable(html, table, tableIndex++);
                        break;
                }
            }
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>
    /// A table; rows with more cells than the header have a merged cell before the name (其中 spanning its rows):
    /// the header's first cell and the other rows' first cells then span that column too.
    /// </summary>
    private static void AppendTable(StringBuilder html, SeedTable table, int index)
    {
        var columns = table.Header.Count;
        var extra = Math.Max(0, table.Rows.Max(r => r.Count) - columns);
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"t{index}\"><thead><tr>");
        for (var i = 0; i < columns; i++)
        {
            html.Append(i == 0 && extra > 0 ? $"<th colspan=\"{extra + 1}\">" : "<th>").Append(Encode(table.Header[i])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r];
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"r{r}\">");
            if (cells.Count(c => c.Length > 0) == 1 && cells[0].Length > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"{columns + extra}\">").Append(Encode(cells[0])).Append("</td></tr>");
                continue;
            }

            var first = 0;
            if (extra > 0 && cells.Count > columns)
            {
                first = 1;
                if (cells[0].Length > 0)
                {
                    var span = 1 + table.Rows.Skip(r + 1).TakeWhile(n => n.Count > columns && n[0].Length == 0).Count();
                    html.Append(CultureInfo.InvariantCulture, $"<td rowspan=\"{span}\">").Append(Encode(cells[0])).Append("</td>");
                }
            }

            for (var i = 0; i < columns; i++)
            {
                var colspan = i == 0 && extra > 0 && cells.Count <= columns ? $" colspan=\"{extra + 1}\"" : string.Empty;
                var at = first + i;
                html.Append(CultureInfo.InvariantCulture, $"<td{colspan}>").Append(Encode(at < cells.Count ? cells[at] : string.Empty)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
