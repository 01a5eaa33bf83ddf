using Serilog;

namespace PlanTracker.Web.Hosting;

public static class SerilogSetup
{
    /// <summary>
    /// Serilog from the "Serilog" section of configuration (console by default; a rolling JSON file when
    /// configured, see README). Serilog.AspNetCore is not in this registry, so Serilog plugs into
    /// Microsoft.Extensions.Logging and ASP.NET Core's own HTTP logging records requests.
    /// </summary>
    public static Serilog.ILogger AddPlanTrackerLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestMethod
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestPath
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.ResponseStatusCode
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        return logger;
    }
}
