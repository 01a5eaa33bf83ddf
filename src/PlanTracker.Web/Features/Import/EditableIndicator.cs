using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Features.Import;

/// <summary>
/// One row of the corrections grid, bound to its inputs. Retyping a value re-reads its comparator and cumulative mark
/// the way the reader reads a printed value ("≥96", "[60]"); the admin can still change either afterwards.
/// </summary>
public sealed class EditableIndicator
{
    private string _baseline = string.Empty;
    private string _target = string.Empty;

    public int? SourceIndex { get; init; }

    public string? Category { get; set; }

    public int? Number { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Unit { get; set; }

    public string Baseline
    {
        get => _baseline;
        set
        {
            _baseline = value ?? string.Empty;
            Cumulative = Measure.Parse(_baseline).Cumulative || Measure.Parse(_target).Cumulative;
        }
    }

    public string Target
    {
        get => _target;
        set
        {
            _target = value ?? string.Empty;
            var measure = Measure.Parse(_target);
            TargetComparator = measure.Comparator.ToSymbol() ?? string.Empty;
            Cumulative = measure.Cumulative || Measure.Parse(_baseline).Cumulative;
        }
    }

    /// <summary>"", "&gt;=", "&gt;", "&lt;=" or "&lt;" (the plan JSON's symbols).</summary>
    public string TargetComparator { get; set; } = string.Empty;

    public bool Cumulative { get; set; }

    public string? Attribute { get; set; }

    public int? ParentNumber { get; set; }

    public static IReadOnlyList<(string Symbol, string Name)> Comparators { get; } =
        [.. new[] { string.Empty, ">=", ">", "<=", "<" }.Select(s => (s, IndicatorCorrections.ComparatorName(s)))];

    public static EditableIndicator From(IndicatorEdit edit)
    {
        var row = new EditableIndicator { SourceIndex = edit.SourceIndex, Category = edit.Category, Number = edit.Number, Name = edit.Name, Unit = edit.Unit, Attribute = edit.Attribute, ParentNumber = edit.ParentNumber };
        // The read values as they are, without re-deriving what the reader already decided.
        (row._baseline, row._target, row.TargetComparator, row.Cumulative) = (edit.Baseline, edit.Target, edit.TargetComparator ?? string.Empty, edit.Cumulative);
        return row;
    }

    public IndicatorEdit ToEdit() =>
        new(SourceIndex, Category, Number, Name, Unit, Baseline, Target, TargetComparator, Cumulative, Attribute, ParentNumber);
}
