using PlanTracker.Domain.Plans;

namespace PlanTracker.Import.Model;

/// <summary>
/// A plan as read from one text: the shape of `PlanTracker.Cli parse` output and of the plan export
/// (camelCase JSON). Everything is as printed; nothing is "fixed".
/// </summary>
public sealed record ParsedPlan
{
    /// <summary>The region as the plan calls itself: 长沙市, 株洲市, 湘西自治州, 鄂州市.</summary>
    public string? Region { get; init; }

    public string? Title { get; init; }

    /// <summary>The issuing notice's number, e.g. 长政办发〔2021〕73号; null when the text carries no notice.</summary>
    public string? DocumentNumber { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? IssuedOn { get; init; }

    /// <summary>
    /// The plan's first year, read by the parser from the main-indicator header (baseline year + 1), else the title
    /// (“十五五” → 2026), else the five-year plan of the issuing year (with a warning); 0 when the text gives no year
    /// at all (the import then refuses it, asking for the period).
    /// </summary>
    public int PeriodStart { get; init; }

    /// <summary>The plan's last year: the main-indicator table's target year, else the title's; 0 with <see cref="PeriodStart"/>.</summary>
    public int PeriodEnd { get; init; }

    /// <summary>The extraction layout detected: pdf-text, tab-separated, cell-per-line, markdown.</summary>
    public string Layout { get; init; } = string.Empty;

    public IReadOnlyList<ParsedChapter> Chapters { get; init; } = [];

    /// <summary>The plan's main-indicator table, in printed order.</summary>
    public IReadOnlyList<ParsedIndicator> Indicators { get; init; } = [];

    /// <summary>The footnote under the main-indicator table (e.g. "注：[]内为5年累计数"), or null.</summary>
    public string? IndicatorFootnote { get; init; }

    /// <summary>The previous plan's results table (“十三五” in a 14th plan, “十四五” in a 15th; 专栏1 in most plans); empty when the plan prints none.</summary>
    public IReadOnlyList<ParsedPreviousResult> PreviousPeriod { get; init; } = [];

    public IReadOnlyList<ParsedSpecialColumn> SpecialColumns { get; init; } = [];

    /// <summary>Rows of major-project tables (湘西 专栏2).</summary>
    public IReadOnlyList<ParsedProject> Projects { get; init; } = [];

    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
}

public sealed record ParsedChapter
{
    public int Number { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>Paragraphs before the first section (or all of them when the chapter has no sections).</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public IReadOnlyList<ParsedSection> Sections { get; init; } = [];
}

public sealed record ParsedSection
{
    public int Number { get; init; }

    public string Title { get; init; } = string.Empty;

    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}

public sealed record ParsedMeasure(string Text, decimal? Value, string? Comparator)
{
    public static readonly ParsedMeasure Empty = new(string.Empty, null, null);

    public static ParsedMeasure From(Measure measure) =>
        new(measure.Text, measure.Value, measure.Comparator.ToSymbol());

    public static ParsedMeasure Parse(string? printed) => From(Measure.Parse(printed));

    /// <summary>The domain value: brackets read from the text, value and comparator as given (the JSON is authoritative).</summary>
    public Measure ToMeasure() => Measure.Parse(Text) with { Value = Value, Comparator = ComparatorExtensions.FromSymbol(Comparator) };
}

public sealed record ParsedIndicator
{
    /// <summary>就业, 社会保障, 人才人事, 劳动关系, 公共服务 — without its 一、 numbering.</summary>
    public string? Category { get; init; }

    public int? Number { get; init; }

    /// <summary>Without its number, a leading 其中：, or a unit in brackets.</summary>
    public string Name { get; init; } = string.Empty;

    public string? Unit { get; init; }

    public ParsedMeasure Baseline { get; init; } = ParsedMeasure.Empty;

    public ParsedMeasure Target { get; init; } = ParsedMeasure.Empty;

    /// <summary>True when the baseline or target is printed in [ ] or 〔 〕 (a five-year total).</summary>
    public bool Cumulative { get; init; }

    /// <summary>Exactly 预期性 or 约束性; null when the table does not say.</summary>
    public string? Attribute { get; init; }

    /// <summary>For a 其中 row, the number of the row it belongs to.</summary>
    public int? ParentNumber { get; init; }

    /// <summary>Columns beyond the standard ones, keyed by their header (e.g. 十三五目标).</summary>
    public IReadOnlyDictionary<string, string>? ExtraColumns { get; init; }
}

public sealed record ParsedPreviousResult
{
    public int? Number { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Unit { get; init; }

    /// <summary>The base the previous plan started from (十二五 in a 14th plan's table, 十三五 in a 15th's), where printed.</summary>
    public ParsedMeasure? PreviousBase { get; init; }

    public ParsedMeasure Planned { get; init; } = ParsedMeasure.Empty;

    public ParsedMeasure Actual { get; init; } = ParsedMeasure.Empty;

    public string? Attribute { get; init; }

    public int? ParentNumber { get; init; }
}

public sealed record ParsedSpecialColumn
{
    public int Number { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The chapter (第X章) the 专栏 sits in.</summary>
    public int? ChapterNumber { get; init; }

    /// <summary>The section (第X节) the 专栏 sits in, if any.</summary>
    public int? SectionNumber { get; init; }

    /// <summary>indicators (a table of indicators), projects (a project table) or items (numbered programmes).</summary>
    public string Kind { get; init; } = "items";

    public IReadOnlyList<ParsedSpecialColumnItem> Items { get; init; } = [];
}

public sealed record ParsedSpecialColumnItem
{
    public int Number { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<ParsedItemTarget> Targets { get; init; } = [];
}

/// <summary>A quantitative target written inside item text: "认定50家以上的重点企业职工培训中心" → 50 家, at least.</summary>
public sealed record ParsedItemTarget
{
    /// <summary>The phrase the target was read from.</summary>
    public string Phrase { get; init; } = string.Empty;

    public decimal Value { get; init; }

    public string Unit { get; init; } = string.Empty;

    /// <summary>">=" for 以上/不少于/达到…以上, "<=" for 以内/以下/控制在, null for a point value.</summary>
    public string? Comparator { get; init; }

    /// <summary>The year the target is for, when the text says (到2025年…).</summary>
    public int? Year { get; init; }
}

public sealed record ParsedProject
{
    public int? Number { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>新建 or 续建.</summary>
    public string? Nature { get; init; }

    public string? Location { get; init; }

    public string? Owner { get; init; }

    public string? Content { get; init; }

    /// <summary>Construction years as printed, e.g. "2021—2025".</summary>
    public string? Period { get; init; }

    /// <summary>Total investment, 亿元.</summary>
    public decimal? TotalInvestment { get; init; }

    /// <summary>Investment within the plan's period (the 十四五投资 or 十五五投资 column), 亿元.</summary>
    public decimal? PeriodInvestment { get; init; }

    public string? FundingSource { get; init; }
}

public sealed record ParseWarning(int Line, string Message);
