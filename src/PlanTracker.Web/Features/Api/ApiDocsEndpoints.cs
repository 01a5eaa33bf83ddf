using PlanTracker.Web.Security.ApiTokens;

namespace PlanTracker.Web.Features.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json (ASP.NET Core's generator, /api/v1 routes only) and Swagger UI at
/// /api/docs to browse it. Both require a signed-in user like everything else (the UI reads the document with the
/// browser's cookie; a provincial system can fetch it with its token).
/// </summary>
public static class ApiDocsEndpoints
{
    public const string DocsPath = "/api/docs";

    public static IServiceCollection AddReadApi(this IServiceCollection services)
    {
        services.AddScoped<ReadApiService>();
        services.AddProblemDetails();
        // A parameter that does not bind (?year=x, /plans/abc) is a 400 problem in every environment, never an exception page.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.ConfigureHttpJsonOptions(options =>
            // Chinese text as is, not as \uXXXX escapes.
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => ("/" + description.RelativePath).StartsWith(ApiPaths.Api + "/", StringComparison.Ordinal);
            options.AddDocumentTransformer<ApiDocumentTransformer>();
        });
        return services;
    }

    public static void MapReadApiDocs(this WebApplication app)
    {
        app.MapOpenApi(ApiPaths.OpenApiDocument).RequireAuthorization();

        // Swagger UI is middleware; run as an endpoint so that it is authorized and listed like every other route.
        var swaggerUi = ((IEndpointRouteBuilder)app).CreateApplicationBuilder()
            .UseSwaggerUI(options =>
            {
                options.RoutePrefix = DocsPath.TrimStart('/');
                options.SwaggerEndpoint(ApiPaths.OpenApiDocument, "PlanTracker 只读 API v1");
                options.DocumentTitle = "PlanTracker API 文档";
            })
            // A file Swagger UI does not have: 404, not the end of a pipeline that never ran its endpoint (a 500).
            .Use((HttpContext context, RequestDelegate _) =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            })
            .Build();
        app.Map(DocsPath + "/{**asset}", swaggerUi).RequireAuthorization().ExcludeFromDescription();
    }
}
