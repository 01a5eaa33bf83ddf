using DocumentFormat.OpenXml.Spreadsheet;
using static PlanTracker.Web.Features.Exports.SpreadsheetStyleParts;

namespace PlanTracker.Web.Features.Progress.Workbook;

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
            Font(),
            Font(14, bold: true),
            Font(10, italic: true, rgb: "FF595959"),
            Font(bold: true),
            Font(10, rgb: "FF808080"))
        { Count = 5 },
        new Fills([.. RequiredFills(), Solid("FFD9D9D9"), Solid("FFF2F2F2"), Solid("FFFFF2CC")]) { Count = 5 },
        Borders(),
        new CellFormats(
            new CellFormat(),
            Format(font: 1, fill: 0, border: 0),
            Format(font: 2, fill: 0, border: 0),
            Format(font: 3, fill: 2, border: 1, wrap: true),
            Format(font: 4, fill: 2, border: 1),
            Format(font: 0, fill: 3, border: 1, wrap: true),
            Format(font: 0, fill: 0, border: 1, wrap: true),
            Format(font: 3, fill: 4, border: 1, wrap: true))
        { Count = 8 });
}
