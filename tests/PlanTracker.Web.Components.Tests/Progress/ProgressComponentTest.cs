namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>
/// <see cref="PortalComponentTest"/> disposed asynchronously: MudBlazor's KeyInterceptorService (checkboxes, text fields)
/// and PointerEventsNoneService (dialogs) are only IAsyncDisposable, and the container refuses a synchronous dispose once
/// they were created. xUnit runs <see cref="IAsyncLifetime.DisposeAsync"/> before Dispose, which then finds nothing left.
/// </summary>
public abstract class ProgressComponentTest : PortalComponentTest, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
