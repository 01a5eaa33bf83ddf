using System.Globalization;

namespace PlanTracker.Data.Importing;

/// <summary>What a stored text may contain: no control characters (PostgreSQL text cannot hold NUL), no broken UTF-16, and the column's length.</summary>
public static class PlanTextRules
{
    /// <summary>A Chinese message for the first problem of the field, or null when it can be stored.</summary>
    public static string? Problem(PlanTextField field)
    {
        if (field.Value is not { } value)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return $"{field.Label}含有控制字符 U+{code}{(c == '\0' ? "（NUL）" : string.Empty)}，数据库无法保存，请删除后再导入。";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{field.Label}含有无效的字符编码，请检查文件后再导入。";
            }
        }

        return field.MaxLength is { } max && value.Length > max
            ? $"{field.Label}过长（{value.Length} 字，最多 {max} 字），请缩短后再导入。"
            : null;
    }
}
