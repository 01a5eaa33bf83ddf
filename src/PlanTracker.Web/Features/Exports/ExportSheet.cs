using DocumentFormat.OpenXml.Spreadsheet;

using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Exports;

/// <summary>A title line above an export table; a warning is shown in red (演示数据).</summary>
public sealed record TitleLine(string Text, bool Warning = false);

/// <summary>
/// An export table as a worksheet: title lines (merged across the table), the header, then the rows; the header
/// and the first columns stay in view. Every export uses <see cref="HeaderRow"/> so readers find the header there.
/// </summary>
public static class ExportSheet
{
    public const int HeaderRow = 4;

    public static SpreadsheetSheet Build(string name, IReadOnlyList<TitleLine> titles, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<ExportCell>> rows, Func<string, int, double> width, int frozenColumns)
    {
        if (titles.Count >= HeaderRow)
        {
            throw new ArgumentException($"At most {HeaderRow - 1} title lines.", nameof(titles));
        }

        var data = new SheetData();
        for (var i = 0; i < titles.Count; i++)
        {
            var style = i == 0 ? ExportStyles.Title : titles[i].Warning ? ExportStyles.Warning : ExportStyles.Note;
            data.Append(SpreadsheetWriter.Row(i + 1, [SpreadsheetWriter.Text(0, i + 1, titles[i].Text, style)]));
        }

        data.Append(SpreadsheetWriter.Row(HeaderRow, header.Select((h, i) => SpreadsheetWriter.Text(i, HeaderRow, h, ExportStyles.Header))));
        var number = HeaderRow;
        foreach (var row in rows)
        {
            var rowNumber = ++number;
            data.Append(SpreadsheetWriter.Row(rowNumber, row.Select((c, i) =>
                SpreadsheetWriter.Cell(i, rowNumber, c.Text, c.Number, c.Percent ? ExportStyles.Percent : ExportStyles.Body))));
        }

        var worksheet = new Worksheet(
            SpreadsheetWriter.FrozenPane(frozenColumns, HeaderRow),
            SpreadsheetWriter.Widths(header.Select((h, i) => width(h, i))),
            data);
        if (titles.Count > 0)
        {
            worksheet.Append(SpreadsheetWriter.MergedRows(header.Count - 1, [.. Enumerable.Range(1, titles.Count)]));
        }

        return new SpreadsheetSheet(name, worksheet);
    }

    public static byte[] Workbook(params IReadOnlyList<SpreadsheetSheet> sheets) => SpreadsheetWriter.Write(ExportStyles.Create(), sheets);

    /// <summary>"2026-11-22 10:30（北京时间）": exports say when they were made, in China Standard Time.</summary>
    public static string ExportTime(DateTimeOffset now) =>
        now.ToChinaTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + "（北京时间）";
}
