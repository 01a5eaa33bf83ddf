using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>A table row rebuilt from its content, with its cells in the header's column order.</summary>
internal sealed record AssembledRow(int Line, IReadOnlyList<string> Cells, bool FewerValues);

/// <summary>
/// Rebuilds the rows of an indicator table from a stream of cell texts whose row boundaries are unknown or wrong
/// (one cell per line without blank lines, rows wrapped over lines, several rows run together on one line). A
/// row is what it must contain, in the header's order: an optional 类别 and 序号, the name, the unit when the
/// table has a unit column, one value per value column and the attribute when the table has one. A row is
/// complete when its last column is filled; what follows starts the next row.
/// </summary>
internal sealed class RowAssembler(TableLayout layout)
{
    private static readonly ColumnRole[] ValueRoles = [ColumnRole.Baseline, ColumnRole.Target, ColumnRole.Extra, ColumnRole.PreviousBase, ColumnRole.Planned, ColumnRole.Actual];

    private readonly int _valueColumns = layout.Roles.Count(r => ValueRoles.Contains(r));
    private readonly bool _hasUnit = layout.Roles.Contains(ColumnRole.Unit);
    private readonly bool _hasAttribute = layout.Roles.Contains(ColumnRole.Attribute);
    private readonly bool _hasCategory = layout.Roles.Contains(ColumnRole.Category);

    private readonly List<string> _name = [];
    private readonly List<string> _values = [];
    private readonly List<int> _lines = [];
    private string? _category;
    private string? _number;
    private string? _unit;
    private string? _pendingCategory;
    private int _labelRows;
    private int _firstLine;

    /// <summary>Lines whose content is held in a row not yet complete.</summary>
    public IReadOnlyList<int> PendingLines => _lines;

    public bool HasPending => _name.Count > 0 || _values.Count > 0 || _number is not null || _pendingCategory is not null;

    public string PendingText => string.Join(" ", new[] { _pendingCategory, _category, _number }.OfType<string>().Concat(_name).Concat(_unit is null ? [] : [_unit]).Concat(_values));

    /// <summary>Feeds one cell text; returns the rows it completed (a category row has one cell) in order.</summary>
    public IEnumerable<AssembledRow> Feed(string token, int line)
    {
        var text = token.Trim();
        if (text.Length == 0)
        {
            yield break;
        }

        if (_pendingCategory is not null)
        {
            var candidate = _pendingCategory;
            _pendingCategory = null;
            if (CellTokens.IsNumber(text) || Patterns.NumberedName().IsMatch(text))
            {
                _category = candidate;
            }
            else
            {
                _name.Add(candidate);
            }
        }

        Track(line);
        if (IsRowStart())
        {
            var category = Patterns.Category().Match(TextTools.CollapseCjkSpaces(text));
            if (category.Success && text.Length <= 20 && !_hasCategory)
            {
                _lines.Clear();
                yield return new AssembledRow(line, [TextTools.CollapseCjkSpaces(text)], false);
                yield break;
            }

            if (CellTokens.OfWhichLabelRows(text) is > 0 and var rows)
            {
                _labelRows += rows;
                _lines.Clear();
                yield break;
            }

            if (_hasCategory && _category is null && !CellTokens.IsNumber(text) && !Patterns.NumberedName().IsMatch(text))
            {
                _pendingCategory = category.Success ? TextTools.CollapseCjkSpaces(text) : text;
                yield break;
            }

            if (_number is null && CellTokens.IsNumber(text))
            {
                _number = text;
                yield break;
            }
        }

        if (_name.Count == 0)
        {
            _name.Add(text);
            yield break;
        }

        if (_values.Count == 0 && _unit is null && _hasUnit && CellTokens.IsUnit(text))
        {
            _unit = text;
            yield break;
        }

        if (_values.Count > 0 && (CellTokens.BracketBalance(_values[^1]) > 0 || CellTokens.IsBareComparator(_values[^1])))
        {
            // "[>25" at a line's end and "]" on the next: one value wrapped
            _values[^1] = _values[^1] + " " + text;
            yield break;
        }

        if (CellTokens.IsAttribute(text) && _hasAttribute)
        {
            yield return Complete(text);
            yield break;
        }

        if ((CellTokens.IsValue(text) || CellTokens.BracketBalance(text) > 0 || CellTokens.IsBareComparator(text)) && _values.Count < _valueColumns)
        {
            _values.Add(text);
            if (_values.Count == _valueColumns && !_hasAttribute)
            {
                yield return Complete(null);
            }

            yield break;
        }

        if (_values.Count == 0)
        {
            // still the name: a name wrapped over lines, or a word the unit test mistook
            if (_unit is not null)
            {
                _name.Add(_unit);
                _unit = null;
            }

            _name.Add(text);
            yield break;
        }

        // values are complete but the attribute is missing: the row ends here and this text starts the next one
        yield return Complete(null);
        foreach (var row in Feed(text, line))
        {
            yield return row;
        }
    }

    /// <summary>A row under a merged 其中 label says so in its name, after its 序号: "10、其中：专业技术人才总量".</summary>
    private static string OfWhich(string name)
    {
        if (Patterns.OfWhich().IsMatch(name))
        {
            return name;
        }

        var numbered = Patterns.NumberedName().Match(name);
        return numbered.Success ? name[..numbered.Groups[2].Index] + "其中：" + numbered.Groups[2].Value : "其中：" + name;
    }

    private bool IsRowStart() => _name.Count == 0 && _values.Count == 0;

    private void Track(int line)
    {
        if (!HasPending && _lines.Count == 0)
        {
            _firstLine = line;
        }

        if (_lines.Count == 0 || _lines[^1] != line)
        {
            _lines.Add(line);
        }
    }

    private AssembledRow Complete(string? attribute)
    {
        var cells = new string[layout.Roles.Count];
        Array.Fill(cells, string.Empty);
        var name = TextTools.CollapseCjkSpaces(string.Join(" ", _name));
        var numberColumn = layout.Roles.ToList().IndexOf(ColumnRole.Number);
        if (_number is not null && numberColumn < 0)
        {
            name = CellTokens.NumberOf(_number) + "." + name;
        }

        // a value missing from a text table is an empty cell that left no trace: the target is always printed, a
        // baseline may be blank (a new indicator), so the values fill the value columns from the right
        if (_labelRows > 0)
        {
            name = OfWhich(name);
        }

        var values = new Queue<string>(Enumerable.Repeat(string.Empty, Math.Max(0, _valueColumns - _values.Count)).Concat(_values));
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = layout.Roles[i] switch
            {
                ColumnRole.Name => name,
                ColumnRole.Number => _number ?? string.Empty,
                ColumnRole.Category => _category ?? string.Empty,
                ColumnRole.Unit => _unit ?? string.Empty,
                ColumnRole.Attribute => attribute ?? string.Empty,
                var role when ValueRoles.Contains(role) && values.Count > 0 => values.Dequeue(),
                _ => string.Empty,
            };
        }

        var row = new AssembledRow(_firstLine, cells, _values.Count < _valueColumns);
        if (_labelRows > 0)
        {
            _labelRows--;
        }

        _name.Clear();
        _values.Clear();
        _lines.Clear();
        _number = null;
        _unit = null;
        _category = null;
        return row;
    }
}
