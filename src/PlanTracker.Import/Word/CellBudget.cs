namespace PlanTracker.Import.Word;

/// <summary>
/// How many empty cells the reader may still add for spans, gridBefore/After and padding: 30,000 one-cell rows in a
/// 64-column grid (7 KB zipped) would otherwise become 1.9 million cells. A real plan pads a few thousand; real
/// cells are not counted (the package guard bounds them).
/// </summary>
internal sealed class CellBudget(int cells)
{
    public const int Default = 200_000;

    private int _left = cells;

    public bool TryTake()
    {
        if (_left <= 0)
        {
            return false;
        }

        _left--;
        return true;
    }
}
