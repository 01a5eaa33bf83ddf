namespace PlanTracker.Import.Parsing;

internal enum TableKind
{
    MainIndicators,
    PreviousPeriod,
    Projects,
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
}

/// <summary>What a table's header row says about its columns: which kind of table it is and the role of each column.</summary>
internal sealed record TableLayout(TableKind Kind, IReadOnlyList<ColumnRole> Roles, IReadOnlyList<string> Headers)
{
    public string SpecialColumnKind => Kind == TableKind.Projects ? "projects" : "indicators";

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

        var nameIndex = headers.FindIndex(h => h.StartsWith("指标", StringComparison.Ordinal) || h is "项目" or "名称" or "指标名称");
        if (nameIndex < 0 || headers.Any(h => h.Length > 20))
        {
            return null;
        }

        var main = headers.Any(h => h.Contains("2025", StringComparison.Ordinal));
        var previous = !main && headers.Any(h => h.Contains("十三五", StringComparison.Ordinal) || h.Contains("完成", StringComparison.Ordinal));
        if (!main && !previous)
        {
            return null;
        }

        var roles = headers.Select((h, i) => i == nameIndex ? ColumnRole.Name : main ? MainRole(h) : PreviousRole(h)).ToList();
        return new TableLayout(main ? TableKind.MainIndicators : TableKind.PreviousPeriod, roles, headers);
    }

    private static ColumnRole MainRole(string header) => header switch
    {
        "" => ColumnRole.Ignore,
        _ when header.Contains("单位", StringComparison.Ordinal) => ColumnRole.Unit,
        _ when header.Contains("属性", StringComparison.Ordinal) => ColumnRole.Attribute,
        _ when header.Contains("序号", StringComparison.Ordinal) => ColumnRole.Number,
        _ when header.Contains("2025", StringComparison.Ordinal) => ColumnRole.Target,
        _ when header.Contains("2020", StringComparison.Ordinal) => ColumnRole.Baseline,
        _ => ColumnRole.Extra,
    };

    private static ColumnRole PreviousRole(string header) => header switch
    {
        "" => ColumnRole.Ignore,
        _ when header.Contains("单位", StringComparison.Ordinal) => ColumnRole.Unit,
        _ when header.Contains("属性", StringComparison.Ordinal) => ColumnRole.Attribute,
        _ when header.Contains("序号", StringComparison.Ordinal) => ColumnRole.Number,
        _ when header.Contains("十二五", StringComparison.Ordinal) => ColumnRole.PreviousBase,
        _ when header.Contains("完成", StringComparison.Ordinal) => ColumnRole.Actual,
        _ when header.Contains("目标", StringComparison.Ordinal) || header.Contains("规划", StringComparison.Ordinal) => ColumnRole.Planned,
        _ => ColumnRole.Ignore,
    };

    private static ColumnRole ProjectRole(string header) => header switch
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
