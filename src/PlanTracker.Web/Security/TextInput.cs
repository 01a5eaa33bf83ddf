using FluentValidation;

namespace PlanTracker.Web.Security;

/// <summary>
/// The one rule for text that enters the portal (query strings, API parameters, form fields, validators): no NUL or
/// other control characters (TAB, CR and LF are allowed) and no broken UTF-16 (a lone surrogate). PostgreSQL
/// refuses NUL in text and Npgsql cannot encode a lone surrogate, so such text would otherwise end as a 500.
/// </summary>
public static class TextInput
{
    public const string Message = "不能包含控制字符（如 NUL）或无效的字符。";

    public static bool IsClean(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The rule for validators: <c>RuleFor(x => x.Note).CleanText()</c>.</summary>
    public static IRuleBuilderOptions<T, string> CleanText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsClean).WithMessage(TextInput.Message);
}
