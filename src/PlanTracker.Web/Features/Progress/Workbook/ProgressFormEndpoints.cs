using PlanTracker.Data.Identity;
using PlanTracker.Web.Features.Exports;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>
/// GET /progress/{year}/form.xlsx and /form.csv: the signed-in reporter's own city's entry form for the year.
/// Reporters only; a <c>regionId</c> naming another city is refused as not found (and audited), as pages do.
/// </summary>
public static class ProgressFormEndpoints
{
    public static RouteGroupBuilder MapProgressFormEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/progress/{year:int}")
            .RequireAuthorization(policy => policy.RequireRole(Roles.CityReporter))
            .AddEndpointFilter<RequestUserFilter>();
        group.MapGet("/form.xlsx", GetWorkbookAsync);
        group.MapGet("/form.csv", GetCsvAsync);
        return group;
    }

    private static Task<IResult> GetWorkbookAsync(HttpContext http, int year, int? regionId, ProgressEntryService entry, AccessGuard guard, CancellationToken cancellationToken) =>
        DownloadAsync(http, year, regionId, entry, guard, ProgressWorkbookWriter.Write, "xlsx", SpreadsheetWriter.ContentType, cancellationToken);

    private static Task<IResult> GetCsvAsync(HttpContext http, int year, int? regionId, ProgressEntryService entry, AccessGuard guard, CancellationToken cancellationToken) =>
        DownloadAsync(http, year, regionId, entry, guard, ProgressFormCsv.Write, "csv", FileDownload.CsvType, cancellationToken);

    private static async Task<IResult> DownloadAsync(HttpContext http, int year, int? regionId, ProgressEntryService entry, AccessGuard guard,
        Func<ProgressEntryForm, byte[]> write, string extension, string contentType, CancellationToken cancellationToken)
    {
        if (regionId is { } asked && !await guard.CanWriteRegionAsync(asked, $"progress/{year}/form.{extension}?regionId={asked}"))
        {
            return Results.NotFound();
        }

        if (await entry.LoadAsync(year, cancellationToken) is not { } form)
        {
            return Results.NotFound();
        }

        return FileDownload.Of(http, write(form), contentType, $"{form.RegionName}-{year}年-进度填报.{extension}");
    }
}
