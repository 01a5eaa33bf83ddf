using System.Text;

namespace PlanTracker.Import;

/// <summary>Decodes a plan file: UTF-8 (with or without BOM) or GB18030; rejects empty, binary and oversized files; normalises line ends to LF.</summary>
public static class PlanTextReader
{
    /// <summary>Largest accepted file: 10 MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public const string Utf8 = "utf-8";
    public const string Gb18030 = "gb18030";

    public const string EmptyError = "文件为空";
    public const string BinaryError = "文件不是文本（疑似二进制文件）";
    public const string TooLargeError = "文件过大（超过 10 MB）";
    public const string UnknownEncodingError = "无法识别文件编码";

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PlanTextReadResult Read(byte[] bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return PlanTextReadResult.Fail(EmptyError);
        }

        if (bytes.Length > MaxBytes)
        {
            return PlanTextReadResult.Fail(TooLargeError);
        }

        if (LooksBinary(bytes))
        {
            return PlanTextReadResult.Fail(BinaryError);
        }

        var (text, encoding) = Decode(bytes);
        if (text is null)
        {
            return PlanTextReadResult.Fail(UnknownEncodingError);
        }

        if (HasManyControlCharacters(text))
        {
            return PlanTextReadResult.Fail(BinaryError);
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Trim().Length == 0)
        {
            return PlanTextReadResult.Fail(EmptyError);
        }

        return PlanTextReadResult.Ok(text, encoding);
    }

    private static (string? Text, string Encoding) Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return (StrictUtf8.GetString(span), Utf8);
        }
        catch (DecoderFallbackException)
        {
            // not UTF-8: try GB18030 below
        }

        try
        {
            return (StrictGb18030.Value.GetString(bytes), Gb18030);
        }
        catch (DecoderFallbackException)
        {
            return (null, string.Empty);
        }
    }

    /// <summary>NUL bytes do not occur in UTF-8 or GB18030 text.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        return sample.Contains((byte)0);
    }

    private static bool HasManyControlCharacters(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > sample.Length / 100 + 2;
    }
}
