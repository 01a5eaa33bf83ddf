using System.Text;

namespace PlanTracker.Import.Pdf;

/// <summary>Joins the pieces of a wrapped cell or paragraph: Chinese runs on directly, a space only between two Latin letters or digits.</summary>
internal static class PdfCellText
{
    public static string Join(IEnumerable<string> pieces)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (text.Length > 0 && NeedsSpace(text[^1], piece[0]))
            {
                text.Append(' ');
            }

            text.Append(piece);
        }

        return text.ToString();
    }

    private static bool NeedsSpace(char before, char after) =>
        (char.IsAsciiLetterOrDigit(before) || before is ',' or ';' or ':' or '.') && char.IsAsciiLetter(after)
        || char.IsAsciiLetter(before) && char.IsAsciiDigit(after);
}
