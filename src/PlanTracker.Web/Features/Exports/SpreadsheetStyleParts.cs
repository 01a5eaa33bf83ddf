using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanTracker.Web.Features.Exports;

/// <summary>Building blocks of workbook stylesheets: fonts, solid fills, the thin border, cell formats.</summary>
public static class SpreadsheetStyleParts
{
    public const string FontName = "等线";

    /// <summary>Excel's built-in number format 0.00%.</summary>
    public const uint PercentFormat = 10;

    public static Font Font(double size = 11, bool bold = false, bool italic = false, string? rgb = null)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        if (rgb is not null)
        {
            font.Append(new Color { Rgb = rgb });
        }

        font.Append(new FontName { Val = FontName });
        return font;
    }

    /// <summary>The two fills every stylesheet must start with (none, gray125).</summary>
    public static IEnumerable<Fill> RequiredFills() =>
    [
        new Fill(new PatternFill { PatternType = PatternValues.None }),
        new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
    ];

    public static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    /// <summary>No border (0) and a thin box (1).</summary>
    public static Borders Borders() => new(
        new Border(),
        new Border(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder()))
    { Count = 2 };

    public static CellFormat Format(uint font, uint fill, uint border, bool wrap = false, uint numberFormat = 0) =>
        new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null })
        {
            NumberFormatId = numberFormat > 0 ? numberFormat : null,
            FontId = font,
            FillId = fill,
            BorderId = border,
            ApplyNumberFormat = numberFormat > 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyFont = true,
            ApplyFill = fill > 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyBorder = border > 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyAlignment = true,
        };
}
