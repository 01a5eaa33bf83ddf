namespace PlanTracker.Domain.Plans;

/// <summary>The bound a printed value states: "&lt;5.5" is a ceiling, "≥96" a floor; None is a point value.</summary>
public enum Comparator
{
    None = 0,
    Less = 1,
    LessOrEqual = 2,
    Greater = 3,
    GreaterOrEqual = 4,
}

public static class ComparatorExtensions
{
    /// <summary>The ASCII symbol used in the JSON contract (">", ">=", "<", "<="), or null for a point value.</summary>
    public static string? ToSymbol(this Comparator comparator) => comparator switch
    {
        Comparator.Less => "<",
        Comparator.LessOrEqual => "<=",
        Comparator.Greater => ">",
        Comparator.GreaterOrEqual => ">=",
        _ => null,
    };

    public static Comparator FromSymbol(string? symbol) => symbol switch
    {
        "<" => Comparator.Less,
        "<=" => Comparator.LessOrEqual,
        ">" => Comparator.Greater,
        ">=" => Comparator.GreaterOrEqual,
        _ => Comparator.None,
    };

    /// <summary>True when the comparator states an upper bound (a ceiling, e.g. an unemployment rate).</summary>
    public static bool IsCeiling(this Comparator comparator) => comparator is Comparator.Less or Comparator.LessOrEqual;

    /// <summary>True when the comparator states a lower bound (a floor, e.g. a coverage rate).</summary>
    public static bool IsFloor(this Comparator comparator) => comparator is Comparator.Greater or Comparator.GreaterOrEqual;
}
