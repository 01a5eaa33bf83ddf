using System.Text;
using PlanTracker.Data.Identity;
using PlanTracker.Domain.Reporting;
using PlanTracker.Import;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Overview;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// GET /exports/plans/{planId}/indicators.xlsx, indicators.csv, plan.json: for whoever may read the plan's city
/// (another city's plan is 404, like the plan page, and audited); GET /exports/compare.xlsx: for those who may
/// open /compare (provincial users, admins), with the page's filters in the query; GET /exports/dashboard.xlsx?city=&amp;year=&amp;data=:
/// for those who may open that city's dashboard (its leaders, the province, admins; another city is 404, like the page).
/// </summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/exports").RequireAuthorization().AddEndpointFilter<RequestUserFilter>();
        group.MapGet("/plans/{planId:int}/indicators.xlsx", GetIndicatorWorkbookAsync);
        group.MapGet("/plans/{planId:int}/indicators.csv", GetIndicatorCsvAsync);
        group.MapGet("/plans/{planId:int}/plan.json", GetPlanJsonAsync);
        group.MapGet("/compare.xlsx", GetComparisonWorkbookAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProvincialAnalyst, Roles.Admin));
        group.MapGet("/overview.xlsx", GetOverviewWorkbookAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProvincialAnalyst, Roles.Admin));
        group.MapGet("/dashboard.xlsx", GetDashboardWorkbookAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.CityLeader, Roles.ProvincialAnalyst, Roles.Admin));
        return group;
    }

    private static async Task<IResult> GetIndicatorWorkbookAsync(HttpContext http, int planId, string? data, PlanExportService plans, CancellationToken cancellationToken) =>
        await plans.IndicatorsAsync(planId, $"exports/plans/{planId}/indicators.xlsx", ValueScopes.FromQuery(data), cancellationToken) is { } export
            ? FileDownload.Of(http, PlanIndicatorFiles.Workbook(export), SpreadsheetWriter.ContentType, PlanIndicatorTable.FileName(export, "xlsx"))
            : Results.NotFound();

    private static async Task<IResult> GetIndicatorCsvAsync(HttpContext http, int planId, string? data, PlanExportService plans, CancellationToken cancellationToken) =>
        await plans.IndicatorsAsync(planId, $"exports/plans/{planId}/indicators.csv", ValueScopes.FromQuery(data), cancellationToken) is { } export
            ? FileDownload.Of(http, PlanIndicatorFiles.Csv(export), FileDownload.CsvType, PlanIndicatorTable.FileName(export, "csv"))
            : Results.NotFound();

    private static async Task<IResult> GetPlanJsonAsync(HttpContext http, int planId, PlanExportService plans, CancellationToken cancellationToken) =>
        await plans.PlanAsync(planId, $"exports/plans/{planId}/plan.json", cancellationToken) is { } plan
            ? FileDownload.Of(http, Encoding.UTF8.GetBytes(PlanJson.Serialize(plan)), FileDownload.JsonType, $"{plan.Region}-规划.json")
            : Results.NotFound();

    private static async Task<IResult> GetOverviewWorkbookAsync(
        HttpContext http, int? year, string? data, OverviewService overview, PlanYearService planYears, TimeProvider clock, CancellationToken cancellationToken)
    {
        var shown = (await planYears.ForProvinceAsync(cancellationToken)).Resolve(year);
        return await overview.MatrixAsync(cancellationToken) is { } matrix && await overview.HeatMapAsync(shown, ValueScopes.FromQuery(data), cancellationToken) is { } heat
            ? FileDownload.Of(http, OverviewExport.Workbook(matrix, heat, clock.GetUtcNow()), SpreadsheetWriter.ContentType, OverviewExport.FileName(shown))
            : Results.NotFound();
    }

    private static async Task<IResult> GetDashboardWorkbookAsync(
        HttpContext http, int? city, int? year, string? data, DashboardService dashboards, PlanYearService planYears, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (city is not { } regionId)
        {
            return Results.NotFound();
        }

        // The year as the page resolves it: the one asked for when the city's plans cover it, else the latest they offer.
        var shown = (await planYears.ForRegionAsync(regionId, cancellationToken)).Resolve(year);
        return await dashboards.GetAsync(regionId, shown, ValueScopes.FromQuery(data), cancellationToken) is { } dashboard
            ? FileDownload.Of(http, DashboardExport.Workbook(dashboard, clock.GetUtcNow()), SpreadsheetWriter.ContentType, DashboardExport.FileName(dashboard))
            : Results.NotFound();
    }

    private static async Task<IResult> GetComparisonWorkbookAsync(
        HttpContext http, int? indicator, int? year, string? category, bool? binding, string? data, ComparisonExportService comparisons, CancellationToken cancellationToken)
    {
        var export = await comparisons.BuildAsync(new ComparisonExportRequest(indicator, year, category, binding == true, ValueScopes.FromQuery(data)), cancellationToken);
        return FileDownload.Of(http, ComparisonTableExport.Workbook(export), SpreadsheetWriter.ContentType, ComparisonTableExport.FileName(export));
    }
}
