using System.Text;

namespace PlanTracker.Web.Features.Exports;

/// <summary>One CSV field: its text, and whether it is a number (numbers are never formula-escaped).</summary>
public readonly record struct CsvField(string Text, bool IsNumber = false);

/// <summary>
/// CSV as Excel opens it correctly in China: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting; text that a
/// spreadsheet would run as a formula (=, +, -, @, and a leading TAB or CR, which spreadsheets skip before one)
/// gets a leading apostrophe.
/// </summary>
public static class CsvText
{
    private const string FormulaStarts = "=+-@\t\r";

    public static byte[] Write(IEnumerable<IEnumerable<CsvField>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Field(CsvField field)
    {
        var value = field.Text;
        if (!field.IsNumber && value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
