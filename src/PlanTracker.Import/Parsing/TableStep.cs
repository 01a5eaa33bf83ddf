using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// The walker's table step, shared by every path that reads tables (<see cref="DocumentWalker"/> for a document,
/// <see cref="PastedIndicatorTable"/> for a pasted table): a header row opens a table, its rows and category lines go
/// to the table's <see cref="TableRowReader"/>, a 注 line closes it as its footnote, anything else closes it.
/// Rows of all parts of one kind of table are checked together (<see cref="TableRowChecks"/>).
/// </summary>
internal sealed class TableStep(ParseContext context)
{
    private readonly Dictionary<TableKind, TableRowChecks> _checks = new()
    {
        [TableKind.MainIndicators] = new(context, context.TableName(TableKind.MainIndicators)),
        [TableKind.PreviousPeriod] = new(context, context.TableName(TableKind.PreviousPeriod)),
        [TableKind.Projects] = new(context, context.TableName(TableKind.Projects)),
    };

    private TableRowReader? _table;

    public List<ParsedIndicator> Indicators { get; } = [];

    public List<ParsedPreviousResult> PreviousResults { get; } = [];

    public List<ParsedProject> Projects { get; } = [];

    /// <summary>The first 注 line that closed a main-indicator table.</summary>
    public string? IndicatorFootnote { get; private set; }

    /// <summary>The open table's name (主要指标表 …), or null when no table is open.</summary>
    public string? OpenTable => _table is null ? null : _checks[_table.Layout.Kind].Table;

    /// <summary>The checks of the table closed last (its name, its last row and the 序号 it expected next).</summary>
    public TableRowChecks? LastClosed { get; private set; }

    /// <summary>Closes the open table and opens one with this header; a main-table header cell without a field is named.</summary>
    public void Open(TableLayout layout, int headerLine)
    {
        Close();
        _table = new TableRowReader(layout, context, _checks[layout.Kind], headerLine);
        if (layout.Kind == TableKind.MainIndicators)
        {
            WarnUnmapped(layout, headerLine);
        }
    }

    /// <summary>A header cell the main table has no field for (备注, a third year …): its column is kept in the rows' extra columns.</summary>
    private void WarnUnmapped(TableLayout layout, int headerLine)
    {
        for (var i = 0; i < layout.Roles.Count; i++)
        {
            var text = layout.Headers[i];
            if (layout.Roles[i] == ColumnRole.Extra && !TableLayout.IsPeriodName(text))
            {
                context.Warn(headerLine, $"第{headerLine}行表头第{i + 1}列“{TextTools.Truncate(text, 20)}”不是主要指标表的已知列（类别、序号、指标、单位、基期、目标、属性），其内容作为附加列保留，请核对");
            }
        }
    }

    /// <summary>
    /// Offers a row to the open table: true when it was read (a row, a category row, or the 注 line that closes the
    /// table); false when no table is open or the row is not part of it (the table is then closed).
    /// </summary>
    public bool TryRow(RowElement row)
    {
        if (_table is null)
        {
            return false;
        }

        switch (_table.Accept(row))
        {
            case RowOutcome.Consumed:
                return true;
            case RowOutcome.Footnote:
                KeepFootnote(row.NonEmptyCells.First().Trim());
                Close();
                return true;
            default:
                Close();
                return false;
        }
    }

    /// <summary>
    /// Offers a line of prose (trimmed) to the open table: a category line ("一、就业") is its row, a 注 line closes it
    /// as its footnote (true); other text closes it (false).
    /// </summary>
    public bool TryText(int line, string text)
    {
        if (_table is null)
        {
            return false;
        }

        if (Patterns.Category().IsMatch(text) && text.Length <= 20 && _table.Accept(new RowElement(line, [text])) == RowOutcome.Consumed)
        {
            return true;
        }

        var footnote = Patterns.Footnote().IsMatch(text);
        if (footnote)
        {
            KeepFootnote(text);
        }

        Close();
        return footnote;
    }

    /// <summary>Closes the open table, warning when it read no row; returns its checks (null when none was open).</summary>
    public TableRowChecks? Close()
    {
        if (_table is null)
        {
            return null;
        }

        var checks = _checks[_table.Layout.Kind];
        if (_table.RowCount == 0)
        {
            context.Warn(_table.HeaderLine, $"{checks.Table}的表头后没有读到任何数据行，请核对表头与第一行是否粘连");
        }

        switch (_table.Layout.Kind)
        {
            case TableKind.MainIndicators:
                Indicators.AddRange(_table.Indicators);
                break;
            case TableKind.PreviousPeriod:
                PreviousResults.AddRange(_table.PreviousResults);
                break;
            case TableKind.Projects:
                Projects.AddRange(_table.Projects);
                break;
        }

        _table = null;
        LastClosed = checks;
        return checks;
    }

    private void KeepFootnote(string text)
    {
        if (_table?.Layout.Kind == TableKind.MainIndicators && IndicatorFootnote is null)
        {
            IndicatorFootnote = text;
        }
    }
}
