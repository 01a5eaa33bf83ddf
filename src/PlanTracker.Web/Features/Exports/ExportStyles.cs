using DocumentFormat.OpenXml.Spreadsheet;
using static PlanTracker.Web.Features.Exports.SpreadsheetStyleParts;

namespace PlanTracker.Web.Features.Exports;

/// <summary>Styles of the read-only exports: a bold title, grey notes, a grey header, boxed cells, percentages as 0.00%.</summary>
internal static class ExportStyles
{
    public const uint Title = 1;
    public const uint Note = 2;
    public const uint Header = 3;
    public const uint Body = 4;
    public const uint Percent = 5;
    public const uint Warning = 6;

    public static Stylesheet Create() => new(
        new Fonts(
            Font(),
            Font(14, bold: true),
            Font(10, rgb: "FF595959"),
            Font(bold: true),
            Font(10, bold: true, rgb: "FFC00000"))
        { Count = 5 },
        new Fills([.. RequiredFills(), Solid("FFD9D9D9")]) { Count = 3 },
        Borders(),
        new CellFormats(
            new CellFormat(),
            Format(font: 1, fill: 0, border: 0),
            Format(font: 2, fill: 0, border: 0),
            Format(font: 3, fill: 2, border: 1, wrap: true),
            Format(font: 0, fill: 0, border: 1, wrap: true),
            Format(font: 0, fill: 0, border: 1, numberFormat: PercentFormat),
            Format(font: 4, fill: 0, border: 0))
        { Count = 7 });
}
