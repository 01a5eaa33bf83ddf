using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanTracker.Web.Features.Progress;

/// <summary>The workbook's cell styles: grey for what the system fills in (and 指标ID, which must not be edited), white for input.</summary>
internal static class ProgressWorkbookStyles
{
    public const uint Title = 1;
    public const uint Hint = 2;
    public const uint Header = 3;
    public const uint Locked = 4;
    public const uint ReadOnly = 5;
    public const uint Input = 6;
    public const uint InputHeader = 7;

    public static Stylesheet Create() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "等线" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new Color { Rgb = "FF595959" }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new FontSize { Val = 10 }, new Color { Rgb = "FF808080" }, new FontName { Val = "等线" })) { Count = 5 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),
            Solid("FFF2F2F2"),
            Solid("FFFFF2CC")) { Count = 5 },
        new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder())) { Count = 2 },
        new CellFormats(
            new CellFormat(),
            Format(font: 1, fill: 0, border: 0),
            Format(font: 2, fill: 0, border: 0),
            Format(font: 3, fill: 2, border: 1, wrap: true),
            Format(font: 4, fill: 2, border: 1),
            Format(font: 0, fill: 3, border: 1, wrap: true),
            Format(font: 0, fill: 0, border: 1, wrap: true),
            Format(font: 3, fill: 4, border: 1, wrap: true)) { Count = 8 });

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill, uint border, bool wrap = false) =>
        new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            ApplyFont = true,
            ApplyFill = fill > 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyBorder = border > 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyAlignment = true,
        };
}
