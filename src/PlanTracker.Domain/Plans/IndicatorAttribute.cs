namespace PlanTracker.Domain.Plans;

/// <summary>预期性 (anticipatory) or 约束性 (binding). Unknown attributes stay null on the indicator.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "属性 is the plans' own word for 预期性/约束性.")]
public enum IndicatorAttribute
{
    /// <summary>预期性: a direction pursued with policy and market.</summary>
    Anticipatory = 1,

    /// <summary>约束性: a commitment; missing it must be explained.</summary>
    Binding = 2,
}

public static class IndicatorAttributeNames
{
    public const string Anticipatory = "预期性";
    public const string Binding = "约束性";

    public static string ToChinese(this IndicatorAttribute attribute) =>
        attribute == IndicatorAttribute.Binding ? Binding : Anticipatory;

    /// <summary>Reads 预期性/约束性 (spaces inside tolerated); anything else is unknown (null), never a guess.</summary>
    public static IndicatorAttribute? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return compact switch
        {
            Anticipatory => IndicatorAttribute.Anticipatory,
            Binding => IndicatorAttribute.Binding,
            _ => null,
        };
    }
}
