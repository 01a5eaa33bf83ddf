using System.Globalization;
using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;
using PlanTracker.Import.Tables;

namespace PlanTracker.Import.Parsing;

internal enum RowOutcome
{
    Consumed,
    Footnote,
    NotPartOfTable,
}

/// <summary>Turns the rows of one recognised table (main indicators, the previous plan's results or projects) into model records.</summary>
internal sealed class TableRowReader(TableLayout layout, ParseContext context, TableRowChecks checks, int headerLine)
{
    private string? _category;
    private int? _lastParent;
    private bool _inMergedOfWhich;

    public TableLayout Layout => layout;

    public int HeaderLine => headerLine;

    public int RowCount => Indicators.Count + PreviousResults.Count + Projects.Count;

    public List<ParsedIndicator> Indicators { get; } = [];

    public List<ParsedPreviousResult> PreviousResults { get; } = [];

    public List<ParsedProject> Projects { get; } = [];

    /// <summary>How a warning names a column: its header as printed ("十二五基数", "十三五基数"), or <paramref name="fallback"/>.</summary>
    private string HeaderOf(ColumnRole role, string fallback)
    {
        var index = layout.Roles.ToList().IndexOf(role);
        return index >= 0 && layout.Headers[index].Length > 0 ? layout.Headers[index] : fallback;
    }

    public RowOutcome Accept(RowElement row)
    {
        var cells = row.Cells.Select(c => c.Trim()).ToList();
        var nonEmpty = cells.Where(c => c.Length > 0).ToList();
        if (nonEmpty.Count == 0)
        {
            return RowOutcome.Consumed;
        }


        // One text in the first cell, alone or repeated across the row (a merged Word cell copied into each column).
        if (TextTools.Compact(cells[0]).Length > 0 && nonEmpty.All(c => c == cells[0]))
        {
            var single = nonEmpty[0];
            if (Patterns.Footnote().IsMatch(single))
            {
                return RowOutcome.Footnote;
            }

            var category = Patterns.Category().Match(TextTools.CollapseCjkSpaces(single));
            if (category.Success && single.Length <= 20 && layout.Kind != TableKind.Projects)
            {
                _category = category.Groups[2].Value.Trim();
                _inMergedOfWhich = false;
                checks.CategoryStarted();
                return RowOutcome.Consumed;
            }

            if (nonEmpty.Count == 1 && !Patterns.NumberedName().IsMatch(single))
            {
                return RowOutcome.NotPartOfTable;
            }
        }

        if (StrayCategoryRow(row.Line, cells, nonEmpty))
        {
            return RowOutcome.Consumed;
        }

        var mergedChild = false;
        if (cells.Count >= 2 && (layout.Roles[0] is ColumnRole.Name or ColumnRole.Ignore || cells.Count > layout.Roles.Count) && Patterns.NumberedName().IsMatch(TextTools.CollapseCjkSpaces(cells[1])))
        {
            var first = TextTools.Compact(cells[0]).TrimEnd('：', ':');
            if (first == "其中" || first.Length == 0)
            {
                mergedChild = first == "其中" || _inMergedOfWhich;
                RemoveLabelCell(cells);
            }
        }

        // A row rebuilt under a merged 其中 label carries it in its name ("10、其中：专业技术人才总量"): the label's later
        // rows (an empty label cell) belong to it too.
        _inMergedOfWhich = mergedChild || NamesMergedLabel(cells);
        try
        {
            Interpret(row.Line, cells, mergedChild);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            context.Warn(row.Line, $"表格行无法读取：{TextTools.Truncate(string.Join(" | ", nonEmpty), 60)}");
        }

        return RowOutcome.Consumed;
    }

    /// <summary>
    /// A category row ("一、就业") with stray text in other cells but no number anywhere is still the category; the
    /// stray text is named, not read as an indicator called 一、就业. (Not where the first column is a 类别 column:
    /// there a group's first row carries its category beside its own cells.)
    /// </summary>
    private bool StrayCategoryRow(int line, List<string> cells, List<string> nonEmpty)
    {
        var category = Patterns.Category().Match(TextTools.CollapseCjkSpaces(cells[0]));
        if (!category.Success || cells[0].Length > 20 || layout.Kind == TableKind.Projects || layout.Roles[0] == ColumnRole.Category || nonEmpty.Skip(1).Any(c => c.Any(char.IsAsciiDigit)))
        {
            return false;
        }

        _category = category.Groups[2].Value.Trim();
        _inMergedOfWhich = false;
        checks.CategoryStarted();
        context.Warn(line, $"第{line}行是类别行“{TextTools.Truncate(cells[0], 12)}”，另有内容“{TextTools.Truncate(string.Join(" ", nonEmpty.Skip(1).Where(c => c != cells[0])), 20)}”，未读入，请核对");
        return true;
    }

    private static bool NamesMergedLabel(List<string> cells) =>
        cells.FirstOrDefault(c => c.Length > 0) is { } first && Patterns.NumberedName().Match(TextTools.CollapseCjkSpaces(first)) is { Success: true } numbered
        && Patterns.OfWhich().IsMatch(numbered.Groups[2].Value);

    private void Interpret(int line, List<string> cells, bool mergedChild)
    {
        var used = layout.Roles.Count(r => r != ColumnRole.Ignore);
        if (cells.Any(c => c.Length > 0) && cells.Count < used)
        {
            context.Warn(line, $"表格行的单元格少于表头（{cells.Count}/{layout.Roles.Count}）：{TextTools.Truncate(string.Join(" | ", cells), 60)}");
        }

        if (cells.Skip(layout.Roles.Count).Any(c => c.Length > 0))
        {
            context.Warn(line, $"表格行的单元格多于表头，多余内容已忽略：{TextTools.Truncate(string.Join(" | ", cells.Skip(layout.Roles.Count)), 60)}");
        }

        string Cell(ColumnRole role)
        {
            for (var index = 0; index < layout.Roles.Count && index < cells.Count; index++)
            {
                if (layout.Roles[index] == role)
                {
                    return cells[index];
                }
            }

            return string.Empty;
        }

        var categoryCell = Cell(ColumnRole.Category);
        if (categoryCell.Length > 0)
        {
            var category = Patterns.Category().Match(TextTools.CollapseCjkSpaces(categoryCell));
            var name = category.Success ? category.Groups[2].Value.Trim() : TextTools.CollapseCjkSpaces(categoryCell);
            if (name != _category)
            {
                _category = name;
                checks.CategoryStarted();
            }
        }

        switch (layout.Kind)
        {
            case TableKind.MainIndicators:
                var indicator = ReadIndicator(line, cells, mergedChild, Cell);
                checks.Check(line, indicator.Number, indicator.Name);
                ValueChecks.Check(context, line, indicator.Name, indicator.Unit, ("基期值", indicator.Baseline), ("目标值", indicator.Target));
                Indicators.Add(indicator);
                break;
            case TableKind.PreviousPeriod:
                var result = ReadPrevious(line, mergedChild, Cell);
                checks.Check(line, result.Number, result.Name);
                ValueChecks.Check(context, line, result.Name, result.Unit, (HeaderOf(ColumnRole.PreviousBase, "上期基数"), result.PreviousBase ?? ParsedMeasure.Empty), ("规划目标", result.Planned), ("完成值", result.Actual));
                PreviousResults.Add(result);
                break;
            default:
                var project = ProjectRow.Read(Cell);
                checks.Check(line, project.Number, project.Name);
                Projects.Add(project);
                break;
        }
    }

    private ParsedIndicator ReadIndicator(int line, List<string> cells, bool mergedChild, Func<ColumnRole, string> cell)
    {
        var name = WithNumberColumn(IndicatorName.Parse(cell(ColumnRole.Name)), cell);
        var child = mergedChild || name.OfWhich;
        var parent = ParentFor(name.Number, child);
        var baseline = cell(ColumnRole.Baseline);
        var target = cell(ColumnRole.Target);
        Dictionary<string, string>? extra = null;
        for (var i = 0; i < layout.Roles.Count; i++)
        {
            if (layout.Roles[i] == ColumnRole.Extra)
            {
                extra ??= [];
                extra[layout.Headers[i]] = i < cells.Count ? cells[i] : string.Empty;
            }
        }

        return new ParsedIndicator
        {
            Category = _category,
            Number = name.Number,
            Name = name.Name,
            Unit = IndicatorName.NormaliseUnit(cell(ColumnRole.Unit)) ?? name.Unit ?? IndicatorName.UnitFromValues(baseline, target),
            Baseline = ParsedMeasure.Parse(baseline),
            Target = ParsedMeasure.Parse(target),
            Cumulative = Measure.Parse(baseline).Cumulative || Measure.Parse(target).Cumulative,
            Attribute = ReadAttribute(line, cell(ColumnRole.Attribute)),
            ParentNumber = parent,
            ExtraColumns = extra,
        };
    }

    private ParsedPreviousResult ReadPrevious(int line, bool mergedChild, Func<ColumnRole, string> cell)
    {
        var name = WithNumberColumn(IndicatorName.Parse(cell(ColumnRole.Name)), cell);
        var child = mergedChild || name.OfWhich;
        var planned = cell(ColumnRole.Planned);
        var actual = cell(ColumnRole.Actual);
        return new ParsedPreviousResult
        {
            Number = name.Number,
            Name = name.Name,
            Unit = IndicatorName.NormaliseUnit(cell(ColumnRole.Unit)) ?? name.Unit ?? IndicatorName.UnitFromValues(planned, actual),
            PreviousBase = layout.Roles.Contains(ColumnRole.PreviousBase) ? ParsedMeasure.Parse(cell(ColumnRole.PreviousBase)) : null,
            Planned = ParsedMeasure.Parse(planned),
            Actual = ParsedMeasure.Parse(actual),
            Attribute = ReadAttribute(line, cell(ColumnRole.Attribute)),
            ParentNumber = ParentFor(name.Number, child),
        };
    }

    /// <summary>
    /// Takes a merged 其中 label (or its empty continuation) out of a row. A label in a cell the header has no column
    /// for goes; a label in the column the header's name cell spans ("指标" over the label and name columns, the
    /// second one unnamed) gives its place to the name, so the values stay under their headers.
    /// </summary>
    private void RemoveLabelCell(List<string> cells)
    {
        if (cells.Count <= layout.Roles.Count && layout.Roles.Count > 1 && layout.Roles[0] == ColumnRole.Name && layout.Roles[1] == ColumnRole.Ignore)
        {
            cells[0] = cells[1];
            cells[1] = string.Empty;
            return;
        }

        cells.RemoveAt(0);
    }

    /// <summary>A 序号 printed in its own column ("1", "1.") when the name carries none.</summary>
    private static IndicatorName WithNumberColumn(IndicatorName name, Func<ColumnRole, string> cell) =>
        name.Number is null && CellTokens.NumberOf(cell(ColumnRole.Number)) is { } number ? name with { Number = number } : name;

    private int? ParentFor(int? number, bool child)
    {
        if (child)
        {
            return _lastParent;
        }

        _lastParent = number;
        return null;
    }

    private string? ReadAttribute(int line, string text)
    {
        var attribute = IndicatorAttributeNames.Parse(text);
        if (attribute is null && text.Trim().Length > 0)
        {
            context.Warn(line, $"无法识别的指标属性：{text.Trim()}");
        }

        return attribute?.ToChinese();
    }
}
