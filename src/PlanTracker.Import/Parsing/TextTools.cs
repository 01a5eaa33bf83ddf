using System.Text;

namespace PlanTracker.Import.Parsing;

/// <summary>Small text helpers shared by the readers: CJK-aware whitespace handling and Chinese numerals.</summary>
internal static class TextTools
{
    /// <summary>Longest line the parser analyses; longer lines are cut (with a warning) so no regex sees megabytes.</summary>
    public const int MaxLineLength = 20_000;

    public static bool IsWide(char c) => c > 0x2E7F;

    /// <summary>Removes whitespace that sits next to a CJK or full-width character ("发 展 规 划" → "发展规划").</summary>
    public static string CollapseCjkSpaces(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        var i = 0;
        while (i < trimmed.Length)
        {
            var c = trimmed[i];
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < trimmed.Length && char.IsWhiteSpace(trimmed[end]))
            {
                end++;
            }

            var before = builder.Length > 0 ? builder[^1] : ' ';
            var after = end < trimmed.Length ? trimmed[end] : ' ';
            if (!IsWide(before) && !IsWide(after))
            {
                builder.Append(' ');
            }

            i = end;
        }

        return builder.ToString();
    }

    /// <summary>Removes every whitespace character and the quotes used around 十三五 ("“十三五” 目标" → "十三五目标").</summary>
    public static string Compact(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '‘' or '’' or '\'')));

    /// <summary>Removes every whitespace character, keeping everything else.</summary>
    public static string RemoveWhitespace(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Joins two pieces of one wrapped cell or paragraph: no space between CJK text, one space between Latin words.</summary>
    public static string JoinWrapped(string left, string right)
    {
        left = left.TrimEnd();
        right = right.TrimStart();
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        return IsWide(left[^1]) || IsWide(right[0]) ? left + right : left + " " + right;
    }

    /// <summary>Reads 一..九十九 and Arabic digits; null when the text is not a number.</summary>
    public static int? ParseChineseNumber(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return text.Length <= 4 ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c is '〇' or 'Ο')
            {
                digit = 0;
            }
            else if (c == '两')
            {
                digit = 2;
            }

            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
