using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>Reads a cell's text as a number or a 快报 flag, the way people type them into Excel.</summary>
public static partial class SheetCellText
{
    /// <summary>
    /// A numeric cell is taken as Excel stored it (rounded to 15 significant digits, which removes binary noise
    /// such as 15.600000000000001); text is accepted with full-width digits, spaces and thousands separators in groups of three.
    /// </summary>
    public static bool TryParseNumber(string text, bool numericCell, out decimal value)
    {
        value = 0;
        if (numericCell && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            if (!double.IsFinite(d) || Math.Abs(d) >= 1e27)
            {
                return false;
            }

            value = (decimal)d;
            return true;
        }

        var plain = Normalise(text);
        return PlainNumber().IsMatch(plain)
            && decimal.TryParse(plain.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Digits with a comma that is not a thousands separator (“1,5”, “1,50”, “1.234,5”): most likely a decimal comma,
    /// so refused with that hint rather than read as 15.
    /// </summary>
    public static bool HasDecimalComma(string text) =>
        Normalise(text) is var plain && plain.Contains(',', StringComparison.Ordinal) && !PlainNumber().IsMatch(plain) && DigitsAndMarks().IsMatch(plain);

    /// <summary>是 → true, 否 or empty → false; anything else is not a flag.</summary>
    public static bool? ParseFlag(string text) => text.Trim() switch
    {
        "是" => true,
        "否" or "" => false,
        _ => null,
    };

    /// <summary>Full-width forms to ASCII (０-９, ．, ，, －, ＋), without spaces.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (ascii is ' ' or '\u00A0' or '\u3000' or '\t')
            {
                continue;
            }

            builder.Append(ascii);
        }

        return builder.ToString();
    }

    /// <summary>Digits, optionally in thousands groups of exactly three (1,234.5), with an optional fraction.</summary>
    [GeneratedRegex(@"^[+-]?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[+-]?[0-9][0-9,.]*$")]
    private static partial Regex DigitsAndMarks();
}
