using System.Text;

namespace PlanTracker.Data.Importing;

/// <summary>
/// How an indicator is recognised across imports: its name with spaces, full-width forms and punctuation
/// variants folded, so that "城镇调查失业率" from a PDF dump and from a Word file match.
/// </summary>
public static class IndicatorKey
{
    public static string For(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
