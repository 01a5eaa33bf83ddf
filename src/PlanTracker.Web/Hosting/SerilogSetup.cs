using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanTracker.Web.Security;
using Serilog;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// Serilog.AspNetCore: the host's logger from the "Serilog" section of configuration (console by default; a rolling
/// JSON file when configured, see README) plus any sink, enricher or filter registered as a service, and one event per
/// request (<see cref="UsePlanTrackerRequestLogging"/>) carrying who asked.
/// </summary>
public static class SerilogSetup
{
    public const string UserNameProperty = "UserName";
    public const string RegionProperty = "Region";
    public const string CircuitIdProperty = "CircuitId";

    /// <summary>Registers the host's Serilog pipeline; returns the logger for what happens before the host is built.</summary>
    public static StartupLog AddPlanTrackerLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: the static Log stays untouched, so that several hosts in one process (the tests) each
        // keep their own pipeline; nothing here logs through the static Log.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitLogContext>());
        return new StartupLog(builder.Configuration);
    }

    /// <summary>
    /// One event per request (Serilog's RequestLoggingMiddleware: method, path, status, duration) with the signed-in
    /// user's name and city, and for the circuit's own connection (/_blazor) its circuit id (set by <see cref="CircuitLogContext"/>).
    /// </summary>
    public static IApplicationBuilder UsePlanTrackerRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                if (context.User.Identity is { IsAuthenticated: true, Name: { } userName })
                {
                    diagnostics.Set(UserNameProperty, userName);
                    if (context.User.FindFirst(CurrentUser.RegionNameClaim)?.Value is { } region)
                    {
                        diagnostics.Set(RegionProperty, region);
                    }
                }
            };
        });
}
