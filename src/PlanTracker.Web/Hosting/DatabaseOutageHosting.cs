using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanTracker.Data;
using PlanTracker.Web.Security.ApiTokens;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// How the portal behaves while PostgreSQL is away (docs/security.md, "Database outage"): pages answer the friendly
/// error page with 503, the API a 503 problem, /health 503 with the reason; the cookie's periodic security-stamp
/// check does not turn every request into a 500 (the session is kept as it is and checked again once the database
/// answers).
/// </summary>
public static class DatabaseOutageHosting
{
    /// <summary>The health answer's reasons stay readable Chinese, not \u escapes.</summary>
    private static readonly JsonSerializerOptions ChineseJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public const string UnavailableMessage = "数据库暂时不可用，请稍后再试。已保存的数据不受影响。";

    public static IServiceCollection AddDatabaseOutageHandling(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseAvailability>();

        // Wraps whatever validation IdentityHosting (and anything else) configured, hence PostConfigure.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var validate = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                try
                {
                    await validate(context);
                }
                catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
                {
                    // Neither rejected nor renewed: the next request after the outage checks the session again.
                    context.HttpContext.RequestServices.GetRequiredService<DatabaseAvailability>().ReportUnavailable(ex);
                }
            };
        });
        return services;
    }

    /// <summary>
    /// The exception handler (outside Development): 503 for an outage, 500 otherwise; pages re-execute /error (which
    /// reports the outage and says so), API paths answer a problem instead of HTML.
    /// </summary>
    public static IApplicationBuilder UsePortalExceptionHandler(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = StatusCodeFor,
        });
        return app.UseWhen(context => ApiPaths.IsApi(context.Request.Path), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusCodeFor,
            ExceptionHandler = context =>
            {
                var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var unavailable = DatabaseFailures.IsUnavailable(exception);
                if (unavailable)
                {
                    context.RequestServices.GetRequiredService<DatabaseAvailability>().ReportUnavailable(exception!);
                }

                return ApiProblems.WriteAsync(context.Response, unavailable ? ApiProblems.Unavailable() : ApiProblems.ServerError());
            },
        }));
    }

    private static int StatusCodeFor(Exception exception) =>
        DatabaseFailures.IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>/health: 200 "Healthy", or 503 with JSON naming each failing check and why.</summary>
    public static HealthCheckOptions HealthOptions { get; } = new()
    {
        ResponseWriter = async (context, report) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            if (report.Status == HealthStatus.Healthy)
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("Healthy");
                return;
            }

            var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).ToDictionary(
                e => e.Key,
                e => (e.Key == "database" ? "数据库无法连接" : e.Value.Description ?? e.Value.Status.ToString())
                    + (e.Value.Exception is { } ex ? $"（{ex.GetBaseException().Message}）" : string.Empty));
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(JsonSerializer.Serialize(
                new { status = report.Status.ToString(), reason = string.Join("；", failing.Select(f => $"{f.Key}: {f.Value}")), checks = failing },
                ChineseJson));
        },
    };
}
