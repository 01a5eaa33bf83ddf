namespace PlanTracker.Import.Parsing;

/// <summary>
/// Watches the rows of one kind of table (all its parts, when a page break splits it) and warns about what a
/// damaged or mis-read text shows: a 序号 that repeats, skips or goes backwards, and a row name printed twice.
/// Numbering that starts again at 1 under a new category row is accepted (some plans number per category).
/// </summary>
internal sealed class TableRowChecks(ParseContext context, string table)
{
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private int? _last;
    private int _lastLine;
    private bool _categoryStarted;

    public string Table => table;

    /// <summary>The 序号 the next row should carry, when the table is numbered.</summary>
    public int? ExpectedNext => _last + 1;

    public int LastLine => _lastLine;

    public void CategoryStarted() => _categoryStarted = true;

    public void Check(int line, int? number, string name)
    {
        if (!context.CanWarn)
        {
            _lastLine = line;
            _last = number ?? _last;
            return;
        }

        var key = NameKey(name);
        if (number is { } n)
        {
            CheckNumber(line, n);
        }
        else if (_last is not null)
        {
            context.Warn(line, $"{table}本行没有可识别的序号：“{TextTools.Truncate(name, 40)}”，请核对");
        }

        if (key.Length == 0)
        {
            context.Warn(line, $"{table}本行没有名称，请核对");
        }

        if (key.Length > 0 && !_names.TryAdd(key, line))
        {
            context.Warn(line, $"{table}中“{TextTools.Truncate(name, 40)}”重复出现（第{_names[key]}行已有），请核对是否重复读入");
        }

        _lastLine = line;
        _categoryStarted = false;
    }

    private void CheckNumber(int line, int n)
    {
        if (_categoryStarted && n == 1 && _last is not null)
        {
            _numbers.Clear();
        }
        else if (_numbers.TryGetValue(n, out var first))
        {
            context.Warn(line, $"{table}序号{n}重复（第{first}行已有），请核对是否重复读入");
        }
        else if (_last is null && n != 1)
        {
            context.Warn(line, $"{table}序号从{n}开始，缺少前面的行");
        }
        else if (_last is { } last && n < last)
        {
            context.Warn(line, $"{table}序号顺序错乱：第{_lastLine}行是{last}，本行是{n}");
        }
        else if (_last is { } previous && n > previous + 1)
        {
            var missing = n == previous + 2 ? $"{previous + 1}" : $"{previous + 1}–{n - 1}";
            context.Warn(line, $"{table}序号不连续：第{_lastLine}行是{previous}，本行是{n}，缺少第{missing}行");
        }

        _numbers.TryAdd(n, line);
        _last = n;
    }

    /// <summary>The name without whitespace, quotes and punctuation: the same name however it was extracted.</summary>
    public static string NameKey(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))).ToLowerInvariant();
}
