using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FluentValidation;

namespace PlanTracker.Web.Features.Progress;

/// <summary>
/// A number as people type it, in a form field or a spreadsheet cell: full-width digits, spaces and thousands separators
/// in groups of three are accepted; anything else ("abc", "5.5%", "1,5") is refused with a message, never dropped.
/// The entry form's inputs are text inputs for that reason: a browser's number input silently empties what it cannot read.
/// </summary>
public static partial class TypedNumber
{
    /// <summary>The value of the text; false when it is not a number (blank text is no value, and reads).</summary>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var plain = Normalise(text ?? string.Empty);
        if (plain.Length == 0)
        {
            return true;
        }

        if (PlainNumber().IsMatch(plain)
            && decimal.TryParse(plain.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Digits with a comma that is not a thousands separator (“1,5”, “1,50”, “1.234,5”): most likely a decimal comma,
    /// so refused with that hint rather than read as 15.
    /// </summary>
    public static bool HasDecimalComma(string text) =>
        Normalise(text) is var plain && plain.Contains(',', StringComparison.Ordinal) && !PlainNumber().IsMatch(plain) && DigitsAndMarks().IsMatch(plain);

    /// <summary>Why the text is not a number, after its quotation: "“1,5”不是有效数字：小数点请用“.”".</summary>
    public static string Problem(string text) =>
        HasDecimalComma(text) ? $"“{text.Trim()}”不是有效数字：小数点请用“.”" : $"“{text.Trim()}”不是数字：请只填写数字，如 12.5";

    /// <summary>
    /// What a text input's change event holds, as the field's value and its unreadable text: ("abc") → (null, "abc"),
    /// so the form keeps the text in the field, marks it and refuses to save; a number → (value, null).
    /// </summary>
    public static (decimal? Value, string? Unparsed) Read(object? changed)
    {
        var text = changed as string ?? string.Empty;
        return TryParse(text, out var value) ? (value, null) : (null, text);
    }

    /// <summary>What the field shows: the text that could not be read, else the value without trailing zeros.</summary>
    public static string Show(decimal? value, string? unparsed) =>
        unparsed ?? value?.ToString("0.############", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The validator's rule for a field's unreadable text: there must be none. <paramref name="field"/> names the field.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeANumber<T>(this IRuleBuilder<T, string?> rule, Func<T, string> field) =>
        rule.Must(text => text is null).WithMessage((x, text) => $"{field(x)}填写的{Problem(text!)}。");

    /// <summary>Full-width forms to ASCII (０-９, ．, ，, －, ＋), without spaces.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (ascii is ' ' or '\u00A0' or '\u3000' or '\t')
            {
                continue;
            }

            builder.Append(ascii);
        }

        return builder.ToString();
    }

    /// <summary>Digits, optionally in thousands groups of exactly three (1,234.5), with an optional fraction.</summary>
    [GeneratedRegex(@"^[+-]?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[+-]?[0-9][0-9,.]*$")]
    private static partial Regex DigitsAndMarks();
}
