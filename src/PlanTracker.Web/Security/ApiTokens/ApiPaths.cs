namespace PlanTracker.Web.Security.ApiTokens;

/// <summary>The machine-facing paths: they take bearer tokens and answer 401/403 as problem details, never a redirect.</summary>
public static class ApiPaths
{
    public const string Api = "/api/v1";
    public const string OpenApiDocument = "/openapi/v1.json";

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
