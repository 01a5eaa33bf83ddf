namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>A printed value as typed from a seed document: its text, the number read from it and the comparator.</summary>
internal sealed record GoldenMeasure(string Text, string? Value, string? Comparator);

/// <summary>The issuing notice and title as printed (null where the document does not carry them).</summary>
internal sealed record GoldenMetadata(string Region, string Title, string? DocumentNumber, string? Issuer, DateOnly? IssuedOn, string Footnote);

/// <summary>A 14th-plan main-indicator row; <paramref name="ThirteenthTarget"/> is 鄂州's extra 十三五目标 column (null: no extra columns).</summary>
internal sealed record GoldenIndicator(
    int Number, string Category, string Name, string? Unit, GoldenMeasure Baseline, GoldenMeasure Target, bool Cumulative, string Attribute, int? Parent,
    string? ThirteenthTarget = null);

/// <summary>A 13th-plan results row; <paramref name="PreviousBase"/> is null when the table prints no 十二五 base.</summary>
internal sealed record GoldenPrevious(
    int Number, string Name, string Unit, GoldenMeasure? PreviousBase, GoldenMeasure Planned, GoldenMeasure Actual, string? Attribute, int? Parent);

/// <summary>A project-table row; the long content is checked by its opening and closing words.</summary>
internal sealed record GoldenProject(
    string Name, string Nature, string Location, string Owner, string ContentStart, string ContentEnd, string Period, decimal TotalInvestment,
    decimal PeriodInvestment, string FundingSource);

/// <summary>
/// Everything a seed document prints that the golden tests check, by section. <see cref="Chapters"/> and
/// <see cref="SpecialColumns"/> use the compact forms "title|section;section" and "3|title|kind|item;item".
/// <see cref="CompactText"/>: printed texts compare without spaces and full-width forms (a PDF dump: "[ 1 ]" vs "[1]").
/// </summary>
internal sealed record GoldenPlan(
    string Seed,
    GoldenMetadata Metadata,
    IReadOnlyList<GoldenIndicator> Indicators,
    IReadOnlyList<GoldenPrevious> Previous,
    IReadOnlyList<string> Chapters,
    IReadOnlyList<string> SpecialColumns,
    IReadOnlyList<GoldenProject> Projects,
    bool CompactText = false)
{
    public static GoldenMeasure M(string text, string? value = null, string? comparator = null) => new(text, value, comparator);
}
