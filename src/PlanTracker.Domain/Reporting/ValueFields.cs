using System.Globalization;

namespace PlanTracker.Domain.Reporting;

/// <summary>The fields of a reported value a save may change; a history row records which of them it changed.</summary>
[Flags]
public enum ValueFields : short
{
    None = 0,
    Value = 1,
    Preliminary = 2,
    Note = 4,
    Source = 8,
    Cause = 16,
    CorrectiveMeasures = 32,
}

/// <summary>One history row in words, naming only what changed: "数值 170 → 172；改为正式数；修改了说明、数据来源".</summary>
public static class ValueChangeText
{
    private static readonly (ValueFields Field, string Name)[] TextFields =
    [
        (ValueFields.Note, "说明"),
        (ValueFields.Source, "数据来源"),
        (ValueFields.Cause, "原因分析"),
        (ValueFields.CorrectiveMeasures, "整改措施"),
    ];

    /// <param name="changed">What the save changed; null for a row recorded before fields were recorded (then only the value is known).</param>
    public static string Describe(decimal? oldValue, decimal? newValue, bool isPreliminary, ValueFields? changed)
    {
        if (newValue is null)
        {
            // The row is gone: what else the save held does not matter.
            return oldValue is { } was ? $"清空（原 {Number(was)}）" : "无变化";
        }

        var fields = changed ?? (oldValue == newValue ? ValueFields.None : ValueFields.Value);
        var parts = new List<string>();
        if (fields.HasFlag(ValueFields.Value) || oldValue != newValue)
        {
            parts.Add(oldValue is { } was ? $"数值 {Number(was)} → {Number(newValue.Value)}" : $"填报 {Number(newValue.Value)}");
        }

        if (fields.HasFlag(ValueFields.Preliminary))
        {
            parts.Add(isPreliminary ? "标为快报" : "改为正式数");
        }

        var texts = TextFields.Where(t => fields.HasFlag(t.Field)).Select(t => t.Name).ToList();
        if (texts.Count > 0)
        {
            parts.Add("修改了" + string.Join("、", texts));
        }

        return parts.Count > 0 ? string.Join("；", parts) : changed is null ? "修改了其他字段（早期记录，未记明细）" : "无变化";
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
