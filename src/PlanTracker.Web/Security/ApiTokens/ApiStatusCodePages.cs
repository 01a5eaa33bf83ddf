namespace PlanTracker.Web.Security.ApiTokens;

/// <summary>
/// An error status without a body: pages re-execute the Chinese not-found page; API paths answer problem details
/// (a parameter that does not bind is a 400 problem as docs/api.md says, in Production too, never HTML).
/// </summary>
public static class ApiStatusCodePages
{
    public static IApplicationBuilder UsePortalStatusCodePages(this IApplicationBuilder app)
    {
        // Re-execution needs the main pipeline (it re-runs routing there): it stays outside any branch. API paths
        // switch it off for their request, so only the problem-details writer below answers them; so do form posts
        // (a refused post re-executed as a POST to the not-found page would fail the page's antiforgery check).
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.Use((context, next) =>
        {
            if ((ApiPaths.IsApi(context.Request.Path) || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
        return app.UseWhen(context => ApiPaths.IsApi(context.Request.Path), api => api.UseStatusCodePages(context =>
            ApiProblems.WriteAsync(context.HttpContext.Response, context.HttpContext.Response.StatusCode switch
            {
                StatusCodes.Status400BadRequest => ApiProblems.BadRequest("参数格式不正确（例如 id、page、year 应为整数，binding 应为 true 或 false）。"),
                StatusCodes.Status404NotFound => ApiProblems.NotFound("没有这个 API 地址。"),
                var status => new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = "请求未完成" },
            })));
    }
}
