using System.Globalization;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>A project table's row read by its columns' roles: texts as printed, investments in 亿元 as numbers.</summary>
internal static class ProjectRow
{
    public static ParsedProject Read(Func<ColumnRole, string> cell)
    {
        static string? Text(string value) => value.Trim().Length == 0 ? null : value.Trim();
        return new ParsedProject
        {
            Number = int.TryParse(cell(ColumnRole.Number), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
            Name = cell(ColumnRole.Name).Trim(),
            Nature = Text(cell(ColumnRole.Nature)),
            Location = Text(cell(ColumnRole.Location)),
            Owner = Text(cell(ColumnRole.Owner)),
            Content = Text(cell(ColumnRole.Content)),
            Period = Text(cell(ColumnRole.Period)),
            TotalInvestment = Money(cell(ColumnRole.TotalInvestment)),
            PeriodInvestment = Money(cell(ColumnRole.PeriodInvestment)),
            FundingSource = Text(cell(ColumnRole.FundingSource)),
        };
    }

    private static decimal? Money(string text)
    {
        var compact = TextTools.Compact(text).Replace("亿元", string.Empty, StringComparison.Ordinal).Replace("亿", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
