using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;
using PlanTracker.Web.Components;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Features.Api;
using PlanTracker.Web.Features.Exports;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Workbook;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Security;
using PlanTracker.Web.Security.ApiTokens;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = PortalContentRoot.Choose(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
});
var startupLog = builder.AddPlanTrackerLogging();

var database = await builder.ConnectDatabaseAsync(startupLog);
if (database is null)
{
    return 1;
}

try
{
    // Chinese text is written as is, not as &#x...; entities (smaller pages, readable source).
    builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(options =>
        // Deliberate, not just the default: the longest text a user may type is a 2,000-character note
        // (SaveProgressRequestValidator.MaxNoteLength, the input's maxlength), at most 6 bytes a character once
        // JSON-escaped = 12 KB plus the event's envelope; InputFile's upload chunks also fit. Every text input has a
        // maxlength, so no paste can exceed this and drop the circuit (docs/security.md, "Long input").
        options.MaximumReceiveMessageSize = CircuitLimits.MaxReceiveMessageBytes);
    builder.Services.AddMudServices(options =>
    {
        options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter;
        options.SnackbarConfiguration.VisibleStateDuration = 4000;
    });
    builder.Services.AddTransient<MudBlazor.MudLocalizer, PlanTracker.Web.Components.Layout.ChineseMudLocalizer>();
    builder.Services.Configure<PlanTracker.Web.Components.Layout.PortalBranding>(builder.Configuration.GetSection(PlanTracker.Web.Components.Layout.PortalBranding.Section));
    builder.Services.AddPlanTrackerIdentity();
    builder.Services.AddDatabaseOutageHandling();
    builder.Services.AddPlanTrackerFeatures();
    builder.Services.AddReadApi();
    builder.Host.ConfigureHostOptions(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));

    var app = builder.Build();
    startupLog.HandOver(app.Services);
    await app.PrepareDatabaseAsync(database);
    await app.PrepareAccountsAsync();

    if (!app.Environment.IsDevelopment())
    {
        app.UsePortalExceptionHandler();
        app.UseHsts();
    }

    app.UseSecurityHeaders();
    app.UsePlanTrackerRequestLogging();
    app.UseHostileInputGuard();
    app.UsePortalStatusCodePages();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    // Everything requires a signed-in user (the fallback policy) except what a sign-in page needs.
    app.MapStaticAssets().AllowAnonymous();
    app.MapHealthChecks("/health", DatabaseOutageHosting.HealthOptions).AllowAnonymous();
    app.MapAccountEndpoints();
    app.MapProgressFormEndpoints();
    app.MapExportEndpoints();
    app.MapReadApi();
    app.MapReadApiDocs();
    app.MapRazorComponents<App>()
        // Our own Content-Security-Policy already says frame-ancestors 'none'; no second header from Blazor.
        .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
        .AddAdditionalAssemblies(AdditionalPageAssembly.From(app.Services));

    app.Lifetime.ApplicationStarted.Register(() =>
        app.Logger.LogInformation("PlanTracker 已启动：{Urls}（数据库：{Database}）", string.Join(", ", app.Urls), database.Describe()));

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    // A start that fails after the database was reached (a taken port, a failed migration) stops the private cluster
    // it started, and says why in one line; the stack trace goes to the log.
    await Console.Error.WriteLineAsync($"PlanTracker 无法启动：{ex.Message}");
    startupLog.LogCritical(ex, "PlanTracker failed to start");
    await database.DisposeAsync();
    return 1;
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
