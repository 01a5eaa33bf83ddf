namespace PlanTracker.Domain.Progress;

/// <summary>Which progress rule applies to an indicator; see <see cref="IndicatorKinds.Classify"/>.</summary>
public enum IndicatorKind
{
    /// <summary>累计: a five-year total ([75], [&gt;25]); yearly values are increments; completion = sum / target.</summary>
    Cumulative = 0,

    /// <summary>A level moving up from the baseline to a higher point target (182.8 → 212.7).</summary>
    LevelIncreasing = 1,

    /// <summary>A level moving down from the baseline to a lower point target.</summary>
    LevelDecreasing = 2,

    /// <summary>上限: a ceiling (&lt;5.5, ≤4.5) kept year by year; no interpolation.</summary>
    Ceiling = 3,

    /// <summary>下限: a floor (&gt;96, ≥96) kept year by year; no interpolation.</summary>
    Floor = 4,

    /// <summary>保持: a point target equal to its baseline (60 → 60); judged as a floor at the target.</summary>
    Maintain = 5,

    /// <summary>无基数: a point target without a numeric baseline ("—" or empty); completion = latest / target.</summary>
    NoBaseline = 6,

    /// <summary>文字: the target has no number (a ratio such as 1：4：5, words, or nothing); shown, not assessed.</summary>
    TextOnly = 7,
}
