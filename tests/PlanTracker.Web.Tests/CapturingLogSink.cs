using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace PlanTracker.Web.Tests;

/// <summary>
/// A Serilog sink the portal's pipeline picks up from its services (ReadFrom.Services): every event it writes, so that
/// tests can count them and read their properties.
/// </summary>
public sealed class CapturingLogSink : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Message = new("{Message:lj}");

    private readonly object _gate = new();
    private readonly List<(Func<LogEvent, bool> Condition, TaskCompletionSource<LogEvent> Seen)> _waiters = [];

    /// <summary>Every event, in order.</summary>
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    /// <summary>Warnings and worse, as (category, level, rendered message, exception).</summary>
    public IEnumerable<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries =>
        Events.Where(e => e.Level >= LogEventLevel.Warning).Select(e => (CategoryOf(e), LevelOf(e.Level), Render(e), e.Exception));

    public void Emit(LogEvent logEvent)
    {
        Events.Enqueue(logEvent);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => w.Condition(logEvent)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Seen.TrySetResult(logEvent);
            }
        }
    }

    /// <summary>The first event (already written or to come) that meets the condition.</summary>
    public Task<LogEvent> WaitForAsync(Func<LogEvent, bool> condition, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (Events.FirstOrDefault(condition) is { } already)
            {
                return Task.FromResult(already);
            }

            _waiters.Add((condition, seen));
        }

        return seen.Task.WaitAsync(timeout);
    }

    /// <summary>A property's scalar value as text (Serilog renders strings in quotes), or null when the event lacks it.</summary>
    public static string? Property(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) ? (value as ScalarValue)?.Value?.ToString() : null;

    /// <summary>Whether Serilog's request logging wrote it (one event per request).</summary>
    public static bool IsRequest(LogEvent logEvent) => CategoryOf(logEvent) == "Serilog.AspNetCore.RequestLoggingMiddleware";

    public static string CategoryOf(LogEvent logEvent) => Property(logEvent, "SourceContext") ?? string.Empty;

    private static string Render(LogEvent logEvent)
    {
        using var text = new StringWriter();
        Message.Format(logEvent, text);
        return text.ToString();
    }

    private static LogLevel LevelOf(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LogLevel.Trace,
        LogEventLevel.Debug => LogLevel.Debug,
        LogEventLevel.Information => LogLevel.Information,
        LogEventLevel.Warning => LogLevel.Warning,
        LogEventLevel.Error => LogLevel.Error,
        _ => LogLevel.Critical,
    };
}
