using System.Globalization;
using System.Text;

namespace PlanTracker.Import.Tests.Variants;

/// <summary>
/// How much of a seed's golden values a parsed plan reproduces, per section: each golden field is one check, and a
/// row (indicator, 十三五 row, chapter, 专栏, project) counts as matched when all its checks match. The golden tests
/// assert that every check matched; the layout-variant tests print the shares ("main 92% (150/163 fields, 12/13 rows)").
/// </summary>
internal sealed class Fidelity
{
    public const string Metadata = "metadata";
    public const string Chapters = "chapters";
    public const string Main = "main";
    public const string Previous = "previous";
    public const string Columns = "专栏";
    public const string Projects = "projects";

    private readonly List<SectionScore> _sections = [];

    public IReadOnlyList<SectionScore> Sections => _sections;

    public bool AllMatched => _sections.All(s => s.AllMatched);

    public SectionScore Section(string name)
    {
        var section = _sections.Find(s => s.Name == name);
        if (section is null)
        {
            section = new SectionScore(name);
            _sections.Add(section);
        }

        return section;
    }

    /// <summary>"metadata 100% (7/7); main 92% (150/163 fields, 12/13 rows); previous 0% (0/120 fields, 0/13 rows)".</summary>
    public string Summary() => string.Join("; ", _sections.Select(s => s.Summary()));

    /// <summary>The summary and the first misses, for an assertion message.</summary>
    public string Report(int misses = 12)
    {
        var text = new StringBuilder(Summary());
        foreach (var miss in _sections.SelectMany(s => s.Misses.Select(m => $"{s.Name}: {m}")).Take(misses))
        {
            text.Append('\n').Append("  ").Append(miss);
        }

        var more = _sections.Sum(s => s.Misses.Count) - misses;
        if (more > 0)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  … {more} more");
        }

        return text.ToString();
    }

    public void AssertAllMatched()
    {
        if (!AllMatched)
        {
            Assert.Fail(Report(40));
        }
    }
}

/// <summary>One section's checks: fields matched of fields expected, rows matched of rows expected, and what differed.</summary>
internal sealed class SectionScore(string name)
{
    private string? _row;
    private bool _rowMatched;

    public string Name { get; } = name;

    public int Fields { get; private set; }

    public int MatchedFields { get; private set; }

    public int Rows { get; private set; }

    public int MatchedRows { get; private set; }

    public List<string> Misses { get; } = [];

    public bool AllMatched => MatchedFields == Fields;

    public double Share => Fields == 0 ? 1 : (double)MatchedFields / Fields;

    public bool Equal<T>(string field, T expected, T actual) => Check(field, EqualityComparer<T>.Default.Equals(expected, actual), Show(expected), Show(actual));

    public bool Check(string field, bool matched, string expected, string actual)
    {
        Fields++;
        if (matched)
        {
            MatchedFields++;
            return true;
        }

        _rowMatched = false;
        Misses.Add($"{(_row is null ? string.Empty : _row + " ")}{field}: expected {expected}, got {actual}");
        return false;
    }

    /// <summary>A golden row that the plan lacks: all its fields are missed at once.</summary>
    public void Missing(string row, int fields)
    {
        Rows++;
        Fields += fields;
        Misses.Add($"{row}: missing ({fields} fields)");
    }

    public void Row(string row, Action checks)
    {
        _row = row;
        _rowMatched = true;
        checks();
        Rows++;
        if (_rowMatched)
        {
            MatchedRows++;
        }

        _row = null;
    }

    public string Summary()
    {
        var percent = Math.Floor(Share * 1000) / 10;
        var rows = Rows > 0 ? $", {MatchedRows}/{Rows} rows" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Name} {percent}% ({MatchedFields}/{Fields} fields{rows})");
    }

    private static string Show<T>(T value) => value is null ? "null" : $"“{value}”";
}
