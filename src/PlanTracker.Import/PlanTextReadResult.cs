namespace PlanTracker.Import;

/// <summary>The outcome of decoding an uploaded plan file: the text (LF line ends) and its encoding, or a Chinese error.</summary>
public sealed record PlanTextReadResult(bool Success, string Text, string Encoding, string? Error)
{
    public static PlanTextReadResult Ok(string text, string encoding) => new(true, text, encoding, null);

    public static PlanTextReadResult Fail(string error) => new(false, string.Empty, string.Empty, error);
}
