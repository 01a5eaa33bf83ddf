using PlanTracker.Web.Components;
using PlanTracker.Web.Hosting;
using Radzen;

var builder = WebApplication.CreateBuilder(args);
var logger = builder.AddPlanTrackerLogging();

var database = await builder.ConnectDatabaseAsync(logger);
if (database is null)
{
    return 1;
}

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddPlanTrackerFeatures();
builder.Host.ConfigureHostOptions(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));

var app = builder.Build();
await app.PrepareDatabaseAsync(database);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseHttpLogging();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAntiforgery();
app.MapStaticAssets();
app.MapBlazorScript();
app.MapHealthChecks("/health");
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies(AdditionalPageAssembly.From(app.Services));

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("PlanTracker 已启动：{Urls}（数据库：{Database}）", string.Join(", ", app.Urls), database.Describe()));

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
