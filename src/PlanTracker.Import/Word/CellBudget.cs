namespace PlanTracker.Import.Word;

/// <summary>
/// How many empty cells the reader may still add for spans, gridBefore/After and padding: a hostile table of a
/// million one-cell rows in a 64-column grid would otherwise become 64 million strings. Real cells are not counted.
/// </summary>
internal sealed class CellBudget(int cells)
{
    public const int Default = 2_000_000;

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
