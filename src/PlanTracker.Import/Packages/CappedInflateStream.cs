namespace PlanTracker.Import.Packages;

/// <summary>Uncompressed bytes read so far from all parts of one package.</summary>
internal sealed class InflationBudget(OfficePackageLimits limits)
{
    public OfficePackageLimits Limits { get; } = limits;

    public long Total { get; set; }

    /// <summary>XML elements seen so far in all parts.</summary>
    public long Elements { get; set; }
}

/// <summary>Thrown inside the guard when a limit is reached; never leaves it.</summary>
internal sealed class PackageLimitException(string reason) : Exception(reason);

/// <summary>
/// Reads one inflating zip entry and stops one byte beyond the first limit it reaches: the part's size, the
/// package's total, or (past the floor) the part's expansion ratio against its compressed size.
/// </summary>
internal sealed class CappedInflateStream(Stream inner, InflationBudget budget, long compressedBytes) : Stream
{
    private readonly long _threshold = Threshold(budget.Limits, compressedBytes);
    private long _part;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _part; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for no more than one byte beyond the nearest limit, so a bomb is never inflated further than that.
        var allowed = Math.Min(_threshold - _part, budget.Limits.MaxTotalBytes - budget.Total) + 1;
        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, Math.Max(allowed, 1))]);
        _part += read;
        budget.Total += read;
        if (_part > _threshold || budget.Total > budget.Limits.MaxTotalBytes)
        {
            throw new PackageLimitException(OfficePackageGuard.TooLargeError);
        }

        return read;
    }

    /// <summary>Reads what is left (a part the XML scan did not finish), counting it against the limits.</summary>
    public void Drain()
    {
        var buffer = new byte[16 * 1024];
        while (Read(buffer) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The part's own limit: its size cap, or less when it is past the floor and expands beyond the ratio.</summary>
    private static long Threshold(OfficePackageLimits limits, long compressedBytes)
    {
        var byRatio = Math.Max(limits.RatioFloorBytes, Math.Max(compressedBytes, 1) * limits.MaxRatio);
        return Math.Min(limits.MaxPartBytes, byRatio);
    }
}
