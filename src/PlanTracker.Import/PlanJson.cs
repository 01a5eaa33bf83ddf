using System.Text.Encodings.Web;
using System.Text.Json;
using PlanTracker.Import.Model;

namespace PlanTracker.Import;

/// <summary>The JSON form of a <see cref="ParsedPlan"/>: camelCase, indented, Chinese unescaped, nulls written, dates as yyyy-MM-dd.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize(ParsedPlan plan) => JsonSerializer.Serialize(plan, Options);

    /// <summary>The plan, or null when the JSON is empty, invalid, "null" or has a null row; other nulls are filled (see <see cref="PlanJsonNulls"/>).</summary>
    public static ParsedPlan? Deserialize(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var plan = JsonSerializer.Deserialize<ParsedPlan>(json, Options);
            return plan is null ? null : PlanJsonNulls.Fill(plan);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
