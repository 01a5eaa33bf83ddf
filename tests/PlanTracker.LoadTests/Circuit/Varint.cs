namespace PlanTracker.LoadTests.Circuit;

/// <summary>
/// The 7-bit length prefix both wire formats use: BinaryWriter's strings in a render batch and blazorpack's
/// message frames (low 7 bits first, the high bit set while more bytes follow).
/// </summary>
public static class Varint
{
    /// <summary>Reads the length at <paramref name="at"/> and moves <paramref name="at"/> past it (never past the data).</summary>
    public static int Read(ReadOnlySpan<byte> data, ref int at)
    {
        var (value, shift) = (0, 0);
        byte b;
        do
        {
            b = data[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0 && at < data.Length);
        return value;
    }
}
