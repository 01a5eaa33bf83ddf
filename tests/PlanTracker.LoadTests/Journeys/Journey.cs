using PlanTracker.LoadTests.Circuit;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>One simulated user: a circuit opened on its page, and one cycle of what the user does there.</summary>
public abstract class Journey(PortalAccount account, Measurements measurements) : IAsyncDisposable
{
    protected PortalAccount Account { get; } = account;

    protected Measurements Measurements { get; } = measurements;

    protected CircuitClient Client { get; private set; } = null!;

    public string? CircuitError => Client?.Error;

    protected abstract string StartPage { get; }

    /// <summary>Opens the circuit and waits for the page's first interactive render.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        Client = await CircuitClient.OpenAsync(Account, StartPage, cancellationToken);
        await ReadyAsync(cancellationToken);
    }

    protected virtual Task ReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract Task ActAsync(Random random, CancellationToken cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
