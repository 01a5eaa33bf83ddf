namespace PlanTracker.Import.Parsing;

/// <summary>An indicator name cell taken apart: "5.其中：农民工参加职业培训人次（万人次）" → 5, 农民工参加职业培训人次, 万人次, of-which.</summary>
internal sealed record IndicatorName(int? Number, string Name, string? Unit, bool OfWhich)
{
    public static IndicatorName Parse(string cell)
    {
        var text = TextTools.CollapseCjkSpaces(cell);
        int? number = null;
        var numbered = Patterns.NumberedName().Match(text);
        if (numbered.Success)
        {
            number = int.Parse(numbered.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            text = numbered.Groups[2].Value.Trim();
        }

        var ofWhich = false;
        var of = Patterns.OfWhich().Match(text);
        if (of.Success && text.Length > of.Length)
        {
            ofWhich = true;
            text = text[of.Length..].Trim();
        }

        string? unit = null;
        var bracket = Patterns.TrailingBracket().Match(text);
        if (bracket.Success && Patterns.UnitLike().IsMatch(TextTools.Compact(bracket.Groups[1].Value)))
        {
            unit = NormaliseUnit(bracket.Groups[1].Value);
            text = text[..bracket.Index].Trim();
        }

        return new IndicatorName(number, text, unit, ofWhich);
    }

    /// <summary>"％" → "%", spaces removed; null for an empty cell.</summary>
    public static string? NormaliseUnit(string? unit)
    {
        var compact = TextTools.Compact(unit).Replace('％', '%');
        return compact.Length == 0 ? null : compact;
    }

    /// <summary>A unit read from a value such as "91%" when neither a unit column nor the name gives one.</summary>
    public static string? UnitFromValues(params string[] values)
    {
        foreach (var value in values)
        {
            var compact = TextTools.Compact(value).TrimEnd(']', '〕', '］');
            if (compact.EndsWith('%') || compact.EndsWith('％'))
            {
                return "%";
            }
        }

        return null;
    }
}
