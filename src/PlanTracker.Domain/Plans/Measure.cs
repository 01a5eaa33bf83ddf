using System.Globalization;
using System.Text;

namespace PlanTracker.Domain.Plans;

/// <summary>
/// A value as printed in a plan's indicator table: "[75]", "&lt;5.5", "≥96", "91%", "—", "1：4：5" or "".
/// Keeps the original text and reads from it a numeric value (without % sign), a comparator and whether the
/// value is a five-year cumulative total (in [ ] or 〔 〕).
/// </summary>
public sealed record Measure(string Text, decimal? Value, Comparator Comparator, bool Cumulative)
{
    public static readonly Measure Empty = new(string.Empty, null, Comparator.None, false);

    /// <summary>True for the printed "—" (no value because the indicator is new), as opposed to an empty cell.</summary>
    public bool IsDash => IsDashText(Text);

    public bool IsEmpty => Text.Length == 0;

    /// <summary>True when the text holds something other than a number (a ratio such as 1：4：5, or words).</summary>
    public bool IsTextOnly => Value is null && !IsEmpty && !IsDash;

    public static Measure Parse(string? printed)
    {
        var text = (printed ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return Empty;
        }

        if (IsDashText(text))
        {
            return new Measure(text, null, Comparator.None, false);
        }

        var core = RemoveWhitespace(text);
        var cumulative = false;
        if (core.Length >= 2 && IsOpenBracket(core[0]) && IsCloseBracket(core[^1]))
        {
            cumulative = true;
            core = core[1..^1];
        }

        var comparator = Comparator.None;
        (core, comparator) = TakeLeadingComparator(core);
        if (comparator == Comparator.None)
        {
            (core, comparator) = TakeTrailingWords(core);
        }

        core = TrimUnitSuffix(core);
        var normalised = NormaliseDigits(core);
        if (IsGroupedThousands(normalised))
        {
            normalised = normalised.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        if (decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new Measure(text, value, comparator, cumulative);
        }

        return new Measure(text, null, Comparator.None, cumulative);
    }

    /// <summary>Whether a value respects this measure's bound (ceiling or floor). Null when the measure states no bound.</summary>
    public bool? IsRespectedBy(decimal actual)
    {
        if (Value is not { } bound)
        {
            return null;
        }

        return Comparator switch
        {
            Comparator.Less => actual < bound,
            Comparator.LessOrEqual => actual <= bound,
            Comparator.Greater => actual > bound,
            Comparator.GreaterOrEqual => actual >= bound,
            _ => null,
        };
    }

    public override string ToString() => Text;

    /// <summary>"—", "——", "-", "－" or "–": printed to say there is no value.</summary>
    private static bool IsDashText(string text) =>
        text.Length is > 0 and <= 3 && text.All(c => c is '—' or '－' or '–' or '-' or '―');

    private static bool IsOpenBracket(char c) => c is '[' or '〔' or '［' or '【';

    private static bool IsCloseBracket(char c) => c is ']' or '〕' or '］' or '】';

    private static string RemoveWhitespace(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static (string Remainder, Comparator Comparator) TakeLeadingComparator(string text)
    {
        string[] greaterOrEqual = ["≥", ">=", "＞=", "＞＝", ">＝", "⩾", "≧", "不低于", "不少于"];
        string[] lessOrEqual = ["≤", "<=", "＜=", "＜＝", "<＝", "⩽", "≦", "不高于", "不超过", "控制在"];
        foreach (var symbol in greaterOrEqual)
        {
            if (text.StartsWith(symbol, StringComparison.Ordinal))
            {
                return (text[symbol.Length..], Comparator.GreaterOrEqual);
            }
        }

        foreach (var symbol in lessOrEqual)
        {
            if (text.StartsWith(symbol, StringComparison.Ordinal))
            {
                return (text[symbol.Length..], Comparator.LessOrEqual);
            }
        }

        if (text.Length > 0 && text[0] is '>' or '＞')
        {
            return (text[1..], Comparator.Greater);
        }

        if (text.Length > 0 && text[0] is '<' or '＜')
        {
            return (text[1..], Comparator.Less);
        }

        return (text, Comparator.None);
    }

    /// <summary>"96以上" is a floor, "4.5以内"/"4.5以下" a ceiling.</summary>
    private static (string Remainder, Comparator Comparator) TakeTrailingWords(string text)
    {
        if (text.EndsWith("以上", StringComparison.Ordinal))
        {
            return (text[..^2], Comparator.GreaterOrEqual);
        }

        if (text.EndsWith("以内", StringComparison.Ordinal) || text.EndsWith("以下", StringComparison.Ordinal))
        {
            return (text[..^2], Comparator.LessOrEqual);
        }

        return (text, Comparator.None);
    }

    private static string TrimUnitSuffix(string text)
    {
        string[] suffixes = ["%", "％", "万人次", "万人", "万张", "亿元", "万元", "人次", "人", "家", "个", "张"];
        foreach (var suffix in suffixes)
        {
            if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return text[..^suffix.Length];
            }
        }

        return text;
    }

    /// <summary>"12,000" or "1,234.5": digits grouped by thousands (a comma elsewhere is not a number).</summary>
    private static bool IsGroupedThousands(string text)
    {
        var parts = text.Split('.')[0].Split(',');
        return parts.Length > 1
            && parts[0].Length is >= 1 and <= 3
            && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))
            && parts.Skip(1).All(p => p.Length == 3);
    }

    private static string NormaliseDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '－' => '-',
                '，' => ',',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
