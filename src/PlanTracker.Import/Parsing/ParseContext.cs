using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>Collects warnings (1-based line, Chinese message) while a text is parsed.</summary>
internal sealed class ParseContext
{
    private readonly List<ParseWarning> _warnings = [];

    public const int MaxWarnings = 500;

    public IReadOnlyList<ParseWarning> Warnings => _warnings;

    /// <summary>The plan's period once it is known (set before the tables are read); it names the previous plan's table.</summary>
    public PlanPeriod? Period { get; set; }

    /// <summary>How warnings name a kind of table in this plan (<see cref="TableKindNames.Of"/>).</summary>
    public string TableName(TableKind kind) => TableKindNames.Of(kind, Period);

    /// <summary>False once 500 warnings are kept: callers skip formatting messages that would be dropped.</summary>
    public bool CanWarn => _warnings.Count < MaxWarnings;

    public void Warn(int line, string message)
    {
        if (_warnings.Count < MaxWarnings)
        {
            _warnings.Add(new ParseWarning(line, message));
        }
    }
}
