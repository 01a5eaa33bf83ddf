using PlanTracker.Domain.Plans;

namespace PlanTracker.Import.Parsing;

internal enum TableKind
{
    MainIndicators,
    PreviousPeriod,
    Projects,
}

internal static class TableKindNames
{
    /// <summary>The previous period's table when the plan's period (or its previous plan) is not known.</summary>
    public const string PreviousPeriodNeutral = "上期规划指标表";

    /// <summary>
    /// How warnings name a kind of table: 主要指标表, the previous plan's results table by the plan's period
    /// (“十三五”指标表 in a 14th plan, “十四五”指标表 in a 15th; 上期规划指标表 when unknown), 项目表.
    /// </summary>
    public static string Of(TableKind kind, PlanPeriod? period = null) => kind switch
    {
        TableKind.MainIndicators => "主要指标表",
        TableKind.PreviousPeriod => period?.PreviousName is { } previous ? $"{previous}指标表" : PreviousPeriodNeutral,
        _ => "项目表",
    };
}

internal enum ColumnRole
{
    Ignore,
    Name,
    Unit,
    Attribute,
    Baseline,
    Target,
    Extra,
    PreviousBase,
    Planned,
    Actual,
    Number,
    Nature,
    Location,
    Owner,
    Content,
    Period,
    TotalInvestment,
    PeriodInvestment,
    FundingSource,
    Category,
}

/// <summary>What a table's header row says about its columns: which kind of table it is and the role of each column.</summary>
internal sealed partial record TableLayout(TableKind Kind, IReadOnlyList<ColumnRole> Roles, IReadOnlyList<string> Headers)
{
    public string SpecialColumnKind => Kind == TableKind.Projects ? "projects" : "indicators";

    /// <summary>
    /// A row of three or more cells one of which starts with 指标 that <see cref="TryRecognise"/> did not take: a
    /// main-indicator header whose baseline and target columns cannot be told (named in a warning, never skipped silently).
    /// </summary>
    public static bool LooksLikeUnreadableMainHeader(IReadOnlyList<string> nonEmptyCells) =>
        nonEmptyCells.Count >= 3 && nonEmptyCells.Any(c => TextTools.Compact(c).StartsWith("指标", StringComparison.Ordinal));

    public static TableLayout? TryRecognise(IReadOnlyList<string> cells)
    {
        var headers = cells.Select(TextTools.Compact).ToList();
        if (headers.Count(h => h.Length > 0) < 3)
        {
            return null;
        }

        if (headers.Any(h => h.Contains("项目名称", StringComparison.Ordinal)) || (headers.Any(h => h.Contains("项目", StringComparison.Ordinal)) && headers.Any(h => h.Contains("投资", StringComparison.Ordinal))))
        {
            return new TableLayout(TableKind.Projects, headers.Select(ProjectRole).ToList(), headers);
        }

        var nameIndex = headers.FindIndex(IsNameHeader);
        if (nameIndex < 0 || headers.Any(h => h.Length > 20))
        {
            return null;
        }

        var kind = IndicatorTableKind(headers);
        if (kind is null)
        {
            return null;
        }

        var roles = kind == TableKind.MainIndicators ? MainRoles(headers, nameIndex) : PreviousRoles(headers, nameIndex);
        return new TableLayout(kind.Value, roles, headers);
    }

    /// <summary>
    /// An indicator table is the plan's main table when it has a baseline and a target column (two years, the
    /// later one not a 完成 column, or 基期/现状 and 目标/规划 words); it is a previous period's results when it has
    /// a planned and an achieved column (a period's 目标 such as 十三五目标 or 十四五目标 and 完成数, or the same year
    /// planned and achieved).
    /// </summary>
    private static TableKind? IndicatorTableKind(List<string> headers)
    {
        var years = headers.Select(Year).ToList();
        var latest = years.Max() ?? 0;
        var latestColumns = headers.Where((_, i) => years[i] == latest && latest > 0).ToList();
        var distinctYears = years.OfType<int>().Distinct().Count();
        var latestIsAchieved = latestColumns.Any(IsAchieved);
        if (distinctYears >= 2 && latestColumns.Count == 1 && !latestIsAchieved)
        {
            return TableKind.MainIndicators;
        }

        var hasBaseline = headers.Any(h => h.Contains("基期", StringComparison.Ordinal) || h.Contains("现状", StringComparison.Ordinal) || (h.Contains("基数", StringComparison.Ordinal) && !IsPeriodName(h)));
        var hasTarget = headers.Any(h => (h.Contains("目标", StringComparison.Ordinal) || h.Contains("规划", StringComparison.Ordinal)) && !IsPeriodName(h));
        if (distinctYears <= 1 && hasBaseline && hasTarget)
        {
            return TableKind.MainIndicators;
        }

        var planned = headers.Any(h => h.Contains("目标", StringComparison.Ordinal) || h.Contains("规划", StringComparison.Ordinal) || IsPeriodName(h));
        return planned && headers.Any(IsAchieved) ? TableKind.PreviousPeriod : null;
    }

    /// <summary>Columns of the main table by meaning: the earliest year (or 基期/现状) is the baseline, the latest (or 目标/规划) the target.</summary>
    private static List<ColumnRole> MainRoles(List<string> headers, int nameIndex)
    {
        var years = headers.Select(Year).ToList();
        var latest = years.Max();
        var earliest = years.Min();
        return headers.Select((h, i) => i == nameIndex ? ColumnRole.Name : h switch
        {
            "" => ColumnRole.Ignore,
            _ when h.Contains("类别", StringComparison.Ordinal) || h is "分类" or "领域" => ColumnRole.Category,
            _ when h.Contains("单位", StringComparison.Ordinal) => ColumnRole.Unit,
            _ when h.Contains("属性", StringComparison.Ordinal) => ColumnRole.Attribute,
            _ when h.Contains("序号", StringComparison.Ordinal) || h == "编号" => ColumnRole.Number,
            _ when IsPeriodName(h) => ColumnRole.Extra,
            _ when years[i] is { } year && year == latest && latest != earliest => ColumnRole.Target,
            _ when years[i] is { } year && year == earliest && latest != earliest => ColumnRole.Baseline,
            _ when years[i] is null && (h.Contains("基期", StringComparison.Ordinal) || h.Contains("现状", StringComparison.Ordinal) || h.Contains("基数", StringComparison.Ordinal)) => ColumnRole.Baseline,
            _ when years[i] is null && latest is null && (h.Contains("目标", StringComparison.Ordinal) || h.Contains("规划", StringComparison.Ordinal)) => ColumnRole.Target,
            _ => ColumnRole.Extra,
        }).ToList();
    }

    private static bool IsNameHeader(string header) =>
        (header.StartsWith("指标", StringComparison.Ordinal) && !header.Contains("属性", StringComparison.Ordinal)) || header is "项目" or "名称" or "主要指标";

    private static bool IsAchieved(string header) => header.Contains("完成", StringComparison.Ordinal) || header.Contains("实际", StringComparison.Ordinal);

    /// <summary>"十三五目标", "十四五规划数", "十五五目标": a column named after a five-year period rather than a year (any ordinal).</summary>
    public static bool IsPeriodName(string header) => PeriodName().IsMatch(header);

    /// <summary>The year a header names ("2020年", "2025年目标"), or null.</summary>
    public static int? Year(string header)
    {
        var match = YearPattern().Match(header);
        return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"十[一二三四五六七八九]五")]
    private static partial System.Text.RegularExpressions.Regex PeriodName();

    /// <summary>
    /// Columns of a previous period's results table. Its periods are relative to the plan: a column named after an
    /// earlier period than the table's planned column (十二五基数 beside 十三五规划数 in a 14th plan, 十三五基数 beside
    /// 十四五规划数 in a 15th), or a period column that says 基数/基期, is the base that period started from.
    /// </summary>
    private static List<ColumnRole> PreviousRoles(List<string> headers, int nameIndex)
    {
        var latestPeriod = headers.Select(PlanOrdinals.OrdinalIn).Max();
        return headers.Select((h, i) => i == nameIndex ? ColumnRole.Name : PreviousRole(h, latestPeriod)).ToList();
    }

    private static bool IsPreviousBase(string header, int? latestPeriod) =>
        PlanOrdinals.OrdinalIn(header) is { } ordinal
        && (ordinal < latestPeriod || header.Contains("基数", StringComparison.Ordinal) || header.Contains("基期", StringComparison.Ordinal));

    private static ColumnRole PreviousRole(string header, int? latestPeriod) => header switch
    {
        "" => ColumnRole.Ignore,
        _ when header.Contains("单位", StringComparison.Ordinal) => ColumnRole.Unit,
        _ when header.Contains("属性", StringComparison.Ordinal) => ColumnRole.Attribute,
        _ when header.Contains("序号", StringComparison.Ordinal) => ColumnRole.Number,
        _ when header.Contains("类别", StringComparison.Ordinal) || header is "分类" or "领域" => ColumnRole.Category,
        _ when IsPreviousBase(header, latestPeriod) => ColumnRole.PreviousBase,
        _ when header.Contains("完成", StringComparison.Ordinal) => ColumnRole.Actual,
        _ when header.Contains("目标", StringComparison.Ordinal) || header.Contains("规划", StringComparison.Ordinal) => ColumnRole.Planned,
        _ => ColumnRole.Ignore,
    };

    public static ColumnRole ProjectRole(string header) => header switch
    {
        "" => ColumnRole.Ignore,
        _ when header.Contains("序号", StringComparison.Ordinal) => ColumnRole.Number,
        _ when header.Contains("名称", StringComparison.Ordinal) => ColumnRole.Name,
        _ when header.Contains("性质", StringComparison.Ordinal) => ColumnRole.Nature,
        _ when header.Contains("地点", StringComparison.Ordinal) || header.Contains("地址", StringComparison.Ordinal) => ColumnRole.Location,
        _ when header.Contains("主体", StringComparison.Ordinal) || header.Contains("单位", StringComparison.Ordinal) => ColumnRole.Owner,
        _ when header.Contains("内容", StringComparison.Ordinal) => ColumnRole.Content,
        _ when header.Contains("总投资", StringComparison.Ordinal) => ColumnRole.TotalInvestment,
        _ when header.Contains("投资", StringComparison.Ordinal) => ColumnRole.PeriodInvestment,
        _ when header.Contains("时间", StringComparison.Ordinal) || header.Contains("年限", StringComparison.Ordinal) || header.Contains("起止", StringComparison.Ordinal) => ColumnRole.Period,
        _ when header.Contains("来源", StringComparison.Ordinal) => ColumnRole.FundingSource,
        _ => ColumnRole.Ignore,
    };
}
