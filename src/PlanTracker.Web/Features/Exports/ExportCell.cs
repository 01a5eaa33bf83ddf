using System.Globalization;

namespace PlanTracker.Web.Features.Exports;

/// <summary>One cell of an export table: text, or a number (a fraction shown with a % format when <see cref="Percent"/>).</summary>
public readonly record struct ExportCell(string? Text, decimal? Number, bool Percent = false)
{
    public static ExportCell Of(string? text) => new(string.IsNullOrEmpty(text) ? null : text, null);

    public static ExportCell Of(decimal? number) => new(null, number);

    public static ExportCell OfPercent(decimal? fraction) => new(null, fraction, fraction is not null);

    /// <summary>A number when there is one, else the printed text (a target such as 1：4：5 stays text).</summary>
    public static ExportCell NumberOr(decimal? number, string? text) => number is null ? Of(text) : Of(number);

    /// <summary>The cell in a CSV: numbers in invariant culture without trailing zeros, percentages as "42.5%".</summary>
    public CsvField ToCsv() => Number is { } n
        ? new CsvField(Percent ? (n * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : n.ToString("0.############", CultureInfo.InvariantCulture), true)
        : new CsvField(Text ?? string.Empty);
}
