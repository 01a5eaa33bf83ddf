using System.Collections.Concurrent;
using System.Diagnostics;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>Timings by kind (only while <see cref="Recording"/>) and errors by message.</summary>
public sealed class Measurements
{
    public const string Save = "保存往返";

    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _timings = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();

    private volatile bool _recording;

    /// <summary>Only timings taken while recording count (the warm-up's do not).</summary>
    public bool Recording { get => _recording; set => _recording = value; }

    public async Task TimeAsync(string kind, Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        if (_recording)
        {
            _timings.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public void Error(string message)
    {
        if (_recording)
        {
            _errors.AddOrUpdate(message.Length > 600 ? message[..600] : message, 1, (_, n) => n + 1);
        }
    }

    public IReadOnlyDictionary<string, int> Errors => _errors;

    private int _refused;

    /// <summary>Saves the form's own checks refused: the right answer to the figure typed, not an error.</summary>
    public int RefusedSaves => _refused;

    public void Refused()
    {
        if (_recording)
        {
            Interlocked.Increment(ref _refused);
        }
    }

    public IReadOnlyList<string> Kinds => [.. _timings.Keys.Order(StringComparer.Ordinal)];

    public Summary Of(string kind) => Summary.Of(_timings.TryGetValue(kind, out var bag) ? [.. bag] : []);

    /// <summary>Every in-circuit interaction (all kinds but the save round trip) together.</summary>
    public Summary Interactions() => Summary.Of([.. _timings.Where(t => t.Key != Save).SelectMany(t => t.Value)]);

    public int Count => _timings.Values.Sum(bag => bag.Count);
}

public sealed record Summary(int Count, double P50, double P95, double Max)
{
    public static Summary Of(double[] values)
    {
        if (values.Length == 0)
        {
            return new Summary(0, 0, 0, 0);
        }

        Array.Sort(values);
        return new Summary(values.Length, Percentile(values, 0.50), Percentile(values, 0.95), values[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}
