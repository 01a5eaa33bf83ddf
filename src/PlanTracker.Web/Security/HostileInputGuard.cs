using PlanTracker.Web.Security.ApiTokens;

namespace PlanTracker.Web.Security;

/// <summary>
/// Refuses a request whose query string carries text that <see cref="TextInput"/> rejects (a NUL in a search or
/// filter, e.g. <c>?category=%00</c>) with 400, before any page, export or API parameter reaches the database:
/// problem details on API paths, a short Chinese text elsewhere.
/// </summary>
public static class HostileInputGuard
{
    public static IApplicationBuilder UseHostileInputGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Query.All(p => TextInput.IsClean(p.Key) && p.Value.All(TextInput.IsClean)))
            {
                await next(context);
                return;
            }

            var detail = "查询参数" + TextInput.Message;
            if (ApiPaths.IsApi(context.Request.Path))
            {
                await ApiProblems.WriteAsync(context.Response, ApiProblems.BadRequest(detail));
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(detail);
        });
}
