using System.Globalization;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>Reads a cell's text as a number or a 快报 flag, the way people type them into Excel.</summary>
public static class SheetCellText
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

        if (TypedNumber.TryParse(text, out var typed) && typed is { } number)
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>是 → true, 否 or empty → false; anything else is not a flag.</summary>
    public static bool? ParseFlag(string text) => text.Trim() switch
    {
        "是" => true,
        "否" or "" => false,
        _ => null,
    };
}
