using System.Text;

namespace PlanTracker.Web.Features.Progress;

/// <summary>The entry form as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese), the same columns as the .xlsx.</summary>
public static class ProgressFormCsv
{
    public static byte[] Write(ProgressEntryForm form)
    {
        var text = new StringBuilder();
        AppendLine(text, ProgressFormTable.Header(form.Year).Select(h => FormCell.Of(h)));
        foreach (var row in ProgressFormTable.Rows(form))
        {
            AppendLine(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendLine(StringBuilder text, IEnumerable<FormCell> cells)
    {
        text.AppendJoin(',', cells.Select(Field)).Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.</summary>
    private static string Field(FormCell cell)
    {
        var value = cell.Display;
        if (cell.Number is null && value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
