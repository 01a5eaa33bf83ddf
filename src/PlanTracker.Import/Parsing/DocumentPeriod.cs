using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Decides a document's period before its tables are read, in this order of trust: (a) the main-indicator table
/// header's years (what the indicator values mean: baseline year + 1 to target year); (b) the title or opening lines
/// (<see cref="TitlePeriod"/>). When they disagree the table wins and a warning names both. When neither gives a
/// period, the target year's five-year span is used, else the five-year plan of the year the plan was issued (its
/// date, or the year in its 文号), with a warning; with none of these the period stays unknown (null) and the import
/// asks for it.
/// </summary>
internal static class DocumentPeriod
{
    public static PlanPeriod? Decide(string? title, int? issuedYear, IReadOnlyList<SourceLine> lines, IReadOnlyList<Element> elements, ParseContext context)
    {
        var header = MainHeader(elements);
        var stated = TitlePeriod.Read(title, lines);
        if (header?.Layout.Period is { } byTable)
        {
            if (stated is not null && stated.Period != byTable)
            {
                context.Warn(header.Line, $"{stated.Where}为{stated.Described}，主要指标表为 {byTable.BaselineYear} 年基期、{byTable.LastYear} 年目标：按表格读入，请核对。");
            }

            return byTable;
        }

        if (stated is not null)
        {
            if (header?.Layout.TargetYear is { } target && target != stated.Period.LastYear)
            {
                context.Warn(header.Line, $"{stated.Where}为{stated.Described}，主要指标表的目标年份为 {target} 年：按{stated.Where}读入，请核对。");
            }

            return stated.Period;
        }

        return Undetermined(header, issuedYear, lines, context);
    }

    /// <summary>No period in the header or the title: the target year's five-year span, else the issuing year's five-year plan, with a warning; else unknown.</summary>
    private static PlanPeriod? Undetermined(MainTableHeader? header, int? issuedYear, IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        var line = header?.Line ?? 1;
        if (header?.Layout.TargetYear is { } target)
        {
            var span = PlanPeriod.FiveYearsFrom(target - 4);
            context.Warn(line, $"未能从主要指标表的表头年份或标题确定规划期：按目标年份 {target} 年读作 {span.Span}，请核对。");
            return span;
        }

        if (issuedYear is { } issued)
        {
            var cycle = PlanPeriod.FiveYearPlanOf(issued);
            context.Warn(line, $"未能从主要指标表的表头年份或标题确定规划期：按印发年份 {issued} 年读作 {cycle.Span}（{cycle.Name}），请核对。");
            return cycle;
        }

        if (lines.Any(l => !l.IsBlank))
        {
            context.Warn(line, "未能确定规划期：主要指标表的表头、标题和发文信息中都没有年份。请在文本中写明规划期（如“2026—2030年”）后再导入。");
        }

        return null;
    }

    /// <summary>The first main-indicator header row, as the walker will open the table on it.</summary>
    private static MainTableHeader? MainHeader(IReadOnlyList<Element> elements)
    {
        foreach (var row in elements.OfType<RowElement>())
        {
            if (TableLayout.TryRecognise(row.Cells) is { Kind: TableKind.MainIndicators } layout)
            {
                return new MainTableHeader(layout, row.Line);
            }
        }

        return null;
    }

    private sealed record MainTableHeader(TableLayout Layout, int Line);
}
