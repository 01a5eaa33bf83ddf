using System.Text;

namespace PlanTracker.Import.Pdf;

/// <summary>
/// Glyph text as the plan reads it: CJK radical forms that fonts map some ideographs to (⻓ for 长, ⼈ for 人) become
/// the ideographs; glyphs of one run are joined, with a space only where the gap is as wide as a space.
/// </summary>
internal static class PdfGlyphText
{
    /// <summary>CJK Radicals Supplement forms without a compatibility decomposition, and U+2015 as the dash plans print.</summary>
    private static readonly Dictionary<char, char> Radicals = new()
    {
        ['\u2EA0'] = '民',
        ['\u2EC4'] = '西',
        ['\u2EC5'] = '见',
        ['\u2EC9'] = '贝',
        ['\u2ECB'] = '车',
        ['\u2ED3'] = '长',
        ['\u2ED4'] = '门',
        ['\u2EDA'] = '页',
        ['\u2EDB'] = '风',
        ['\u2EDC'] = '飞',
        ['\u2EE2'] = '马',
        ['\u2EE8'] = '麦',
        ['\u2EE9'] = '黄',
        ['\u2EEC'] = '齐',
        ['\u2EEF'] = '龙',
        ['\u2EF3'] = '龟',
        ['\u2015'] = '—',
    };

    /// <summary>The ideograph a radical form stands for (⻓ → 长, ― → —); any other character as it is.</summary>
    public static char Ideograph(char c) => Radicals.GetValueOrDefault(c, c);

    public static string Normalise(string value)
    {
        if (value.Length == 1)
        {
            var c = value[0];
            if (Radicals.TryGetValue(c, out var mapped))
            {
                return mapped.ToString();
            }

            // Kangxi radicals (⼈ U+2F08) and CJK compatibility ideographs decompose to the ideograph
            if (c is >= '\u2F00' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF')
            {
                return value.Normalize(NormalizationForm.FormKC);
            }
        }

        return value;
    }

    /// <summary>The glyphs (in x order) as text: a space where the gap is 0.15 of the font size or more.</summary>
    public static string Join(IReadOnlyList<PdfGlyph> glyphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (i > 0 && glyphs[i].Left - glyphs[i - 1].Right >= 0.15 * Math.Max(glyphs[i].Size, glyphs[i - 1].Size))
            {
                text.Append(' ');
            }

            text.Append(glyphs[i].Text);
        }

        return text.ToString();
    }

    public static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
