namespace PlanTracker.Web.Features.Exports;

/// <summary>How every download goes out: never cached (city data), the file name as RFC 5987 filename* (Chinese kept).</summary>
public static class FileDownload
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string JsonType = "application/json; charset=utf-8";

    public static IResult Of(HttpContext http, byte[] content, string contentType, string fileName)
    {
        http.Response.Headers.CacheControl = "no-store";
        // Results.File writes Content-Disposition with an ASCII fallback and filename* in UTF-8.
        return Results.File(content, contentType, fileName);
    }
}
