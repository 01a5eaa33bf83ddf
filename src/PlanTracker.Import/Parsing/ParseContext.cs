using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>Collects warnings (1-based line, Chinese message) while a text is parsed.</summary>
internal sealed class ParseContext
{
    private readonly List<ParseWarning> _warnings = [];

    public const int MaxWarnings = 500;

    public IReadOnlyList<ParseWarning> Warnings => _warnings;

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
