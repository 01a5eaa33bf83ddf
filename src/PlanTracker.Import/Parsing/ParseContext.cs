using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>Collects warnings (1-based line, Chinese message) while a text is parsed.</summary>
internal sealed class ParseContext
{
    private readonly List<ParseWarning> _warnings = [];

    public IReadOnlyList<ParseWarning> Warnings => _warnings;

    public void Warn(int line, string message)
    {
        if (_warnings.Count < 500)
        {
            _warnings.Add(new ParseWarning(line, message));
        }
    }
}
