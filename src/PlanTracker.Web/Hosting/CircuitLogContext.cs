using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using PlanTracker.Web.Security;
using Serilog;
using Serilog.Context;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// Names the Blazor circuit in the logs. Every event written while the circuit handles something the browser sent (an
/// event, a navigation, a JS interop call) carries CircuitId, UserName and Region; the request event of the circuit's
/// connection (/_blazor, written when the connection closes) carries CircuitId.
/// </summary>
internal sealed class CircuitLogContext(AuthenticationStateProvider authentication, IDiagnosticContext requestLog) : CircuitHandler
{
    /// <summary>Runs within the /_blazor request that (re)connects the circuit: that request's event gets the id.</summary>
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        requestLog.Set(SerilogSetup.CircuitIdProperty, circuit.Id);
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            // The circuit's user is set when the circuit is created, before any inbound activity; the task is cached.
            var user = CurrentUser.From((await authentication.GetAuthenticationStateAsync()).User);
            using (LogContext.PushProperty(SerilogSetup.CircuitIdProperty, context.Circuit.Id))
            using (user is null ? null : LogContext.PushProperty(SerilogSetup.UserNameProperty, user.UserName))
            using (user?.RegionName is { } region ? LogContext.PushProperty(SerilogSetup.RegionProperty, region) : null)
            {
                await next(context);
            }
        };
}
