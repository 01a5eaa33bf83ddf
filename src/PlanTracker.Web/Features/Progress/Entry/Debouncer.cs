
namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>Runs an action once things have been quiet for a while: each <see cref="Touch"/> restarts the wait.</summary>
public sealed class Debouncer(TimeSpan delay, Func<Task> action) : IDisposable
{
    private CancellationTokenSource? _pending;

    public void Touch()
    {
        Cancel();
        _pending = new CancellationTokenSource();
        _ = RunAsync(_pending.Token);
    }

    public void Cancel()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = null;
    }

    public void Dispose() => Cancel();

    private async Task RunAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await action();
    }
}
