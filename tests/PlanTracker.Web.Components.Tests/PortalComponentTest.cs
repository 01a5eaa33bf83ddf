using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using PlanTracker.Web.Components.Layout;

namespace PlanTracker.Web.Components.Tests;

/// <summary>
/// A bUnit context with what the portal's components expect: MudBlazor's services and Chinese texts, the
/// portal's branding, and JS interop in loose mode (MudBlazor's own interop calls return defaults).
/// Components that need data get real services over the test PostgreSQL, never mocks (see README).
/// Disposed asynchronously: some of MudBlazor's services (e.g. the one behind MudSelect's popover) are only IAsyncDisposable.
/// </summary>
public abstract class PortalComponentTest : BunitContext, IAsyncLifetime
{
    protected PortalComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddOptions<PortalBranding>();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's popover services dispose only asynchronously: xUnit disposes the context this way first.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Renders a component inside MudBlazor's providers, as MainLayout does (popovers, dialogs, snackbars).</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderProviders() => Render<MudPopoverProvider>();

    /// <summary>
    /// Opens a MudSelect's list and returns its options once the popover shows them. MudSelect opens asynchronously (the
    /// popover renders after the mouse-down's handler returns), so the options are waited for as a state, not read at once.
    /// </summary>
    protected static IReadOnlyList<AngleSharp.Dom.IElement> OpenList<T>(IRenderedComponent<T> picker, IRenderedComponent<MudPopoverProvider> providers)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        ArgumentNullException.ThrowIfNull(picker);
        ArgumentNullException.ThrowIfNull(providers);
        picker.Find(".mud-input-control").MouseDown();
        providers.WaitForAssertion(() => Assert.NotEmpty(providers.FindAll(".mud-popover-open [role=option]")), TimeSpan.FromSeconds(30));
        return [.. providers.FindAll(".mud-popover-open [role=option]")];
    }
}
