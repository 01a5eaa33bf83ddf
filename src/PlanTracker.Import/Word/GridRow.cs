namespace PlanTracker.Import.Word;

/// <summary>Where a grid column's cell text came from: the first column of a cell, the rest of a span, or padding.</summary>
/// <param name="CellStart">The column where the cell covering this one starts (itself for padding).</param>
/// <param name="Continued">The cell continues a vertical merge from the row above (w:vMerge without "restart").</param>
/// <param name="Padding">No cell: gridBefore, gridAfter or a row shorter than the grid.</param>
internal readonly record struct GridSlot(int CellStart, bool Continued, bool Padding);

/// <summary>One table row laid on the grid: a text per grid column, and where each came from.</summary>
internal sealed class GridRow
{
    public List<string> Cells { get; private set; } = [];

    public List<GridSlot> Slots { get; } = [];

    /// <summary>A cell of <paramref name="span"/> columns: its text in the first, empty strings in the rest (within the budget and <see cref="WordTableReader.MaxColumns"/>).</summary>
    public void Add(string text, bool continued, int span, CellBudget budget)
    {
        var start = Cells.Count;
        Cells.Add(text);
        Slots.Add(new GridSlot(start, continued, Padding: false));
        for (var i = 1; i < span && Cells.Count < WordTableReader.MaxColumns && budget.TryTake(); i++)
        {
            Cells.Add(string.Empty);
            Slots.Add(new GridSlot(start, continued, Padding: false));
        }
    }

    public void Pad(int count, CellBudget budget) => PadTo(Cells.Count + count, budget);

    public void PadTo(int width, CellBudget budget)
    {
        var target = Math.Min(width, Math.Max(Cells.Count, WordTableReader.MaxColumns));
        while (Cells.Count < target && budget.TryTake())
        {
            Slots.Add(new GridSlot(Cells.Count, Continued: false, Padding: true));
            Cells.Add(string.Empty);
        }
    }

    public void Replace(List<string> cells) => Cells = cells;
}
