using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests.Variants;

/// <summary>
/// Re-arrangements of a table's columns that other cities print: 序号 in its own column instead of "1." before the
/// name; separate 类别 and 序号 columns with the category on its group's first row only; units only in the name's
/// brackets. Cell texts stay as printed (a number, category or unit moves, it is not rewritten).
/// </summary>
internal static partial class TableTransforms
{
    public static TableBlock Identity(TableBlock table) => table;

    /// <summary>["序号", "指标", …] and ["1", "城镇新增就业人数", …]; category rows stay rows of their own.</summary>
    public static TableBlock NumberColumn(TableBlock table) => Numbered(table, withCategory: false);

    /// <summary>["类别", "序号", "指标", …] and ["就业", "1", "城镇新增就业人数", …], then ["", "2", …]: no category rows.</summary>
    public static TableBlock CategoryColumn(TableBlock table) =>
        table.Rows.Any(TableBlock.IsCategory) ? Numbered(table, withCategory: true) : Numbered(table, withCategory: false);

    /// <summary>No 单位 column: "城镇调查失业率（%）" (a name that already ends in brackets keeps them as they are).</summary>
    public static TableBlock UnitInName(TableBlock table)
    {
        var (name, unit) = Columns(table);
        if (unit < 0)
        {
            return table;
        }

        var header = table.Header.Where((_, i) => i != unit).ToList();
        var rows = table.Rows.Select(row =>
        {
            if (TableBlock.IsCategory(row))
            {
                return row;
            }

            var offset = Offset(table, row);
            var cells = row.ToList();
            var unitText = offset + unit < cells.Count ? cells[offset + unit] : string.Empty;
            var nameText = cells[offset + name];
            if (unitText.Length > 0 && !nameText.EndsWith('）') && !nameText.EndsWith(')'))
            {
                cells[offset + name] = $"{nameText}（{unitText}）";
            }

            if (offset + unit < cells.Count)
            {
                cells.RemoveAt(offset + unit);
            }

            return (IReadOnlyList<string>)cells;
        }).ToList();
        return table with { Header = header, Rows = rows };
    }

    private static TableBlock Numbered(TableBlock table, bool withCategory)
    {
        var (name, _) = Columns(table);
        var header = (withCategory ? new[] { "类别", "序号" } : ["序号"]).Concat(table.Header).ToList();
        var rows = new List<IReadOnlyList<string>>();
        string? category = null;
        var running = 0;
        foreach (var row in table.Rows)
        {
            if (TableBlock.IsCategory(row))
            {
                if (withCategory)
                {
                    category = CategoryPrefix().Replace(row[0], string.Empty);
                }
                else
                {
                    rows.Add(row);
                }

                continue;
            }

            var offset = Offset(table, row);
            var cells = row.Skip(offset).ToList();
            running++;
            var number = running.ToString(CultureInfo.InvariantCulture);
            var split = NumberPrefix().Match(cells[name]);
            if (split.Success)
            {
                number = split.Groups[1].Value;
                cells[name] = split.Groups[2].Value;
            }

            // A merged 其中 cell in front of the name (株洲): the retyped row says 其中 in its name instead.
            if (offset > 0 && !cells[name].StartsWith("其中", StringComparison.Ordinal))
            {
                cells[name] = "其中：" + cells[name];
            }

            var lead = withCategory ? new[] { category ?? string.Empty, number } : [number];
            category = null;
            rows.Add(lead.Concat(cells).ToList());
        }

        return table with { Header = header, Rows = rows };
    }

    /// <summary>The name and unit columns (-1: none) from the header's meaning.</summary>
    private static (int Name, int Unit) Columns(TableBlock table)
    {
        var layout = TableLayout.TryRecognise(table.Header) ?? throw new InvalidOperationException("表头无法识别：" + string.Join("|", table.Header));
        var roles = layout.Roles.ToList();
        var name = roles.IndexOf(ColumnRole.Name);
        return (name < 0 ? 0 : name, table.Kind == TableKind.Projects ? -1 : roles.IndexOf(ColumnRole.Unit));
    }

    /// <summary>How many merged cells stand in front of the row's columns (a row wider than the header).</summary>
    private static int Offset(TableBlock table, IReadOnlyList<string> row) => Math.Max(0, row.Count - table.Header.Count);

    [GeneratedRegex(@"^(\d+)\s*[.、．]\s*(.*)$")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex CategoryPrefix();
}
