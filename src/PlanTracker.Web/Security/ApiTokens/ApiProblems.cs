using Microsoft.AspNetCore.Mvc;

namespace PlanTracker.Web.Security.ApiTokens;

/// <summary>RFC 7807 problem details with Chinese titles, for the API's refusals and errors.</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Unauthorized() => new()
    {
        Status = StatusCodes.Status401Unauthorized,
        Title = "未登录",
        Detail = "请使用门户登录后的 Cookie，或在 Authorization 头中提供有效的 API 令牌（Bearer pt_…）。",
    };

    public static ProblemDetails Forbidden() => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "没有访问权限",
        Detail = "当前账户的角色不能访问该资源。",
    };

    public static ProblemDetails NotFound(string detail) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "未找到",
        Detail = detail,
    };

    public static ProblemDetails BadRequest(string detail) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "请求参数无效",
        Detail = detail,
    };

    public static ProblemDetails Unavailable() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "服务暂时不可用",
        Detail = "数据库暂时不可用，请稍后重试。",
    };

    public static ProblemDetails ServerError() => new()
    {
        Status = StatusCodes.Status500InternalServerError,
        Title = "服务器错误",
        Detail = "处理请求时出现了错误，系统已记录。",
    };

    /// <summary>Writes a problem as the response (for authentication events, outside endpoint results).</summary>
    public static Task WriteAsync(HttpResponse response, ProblemDetails problem)
    {
        response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        response.Headers.CacheControl = "no-store";
        return response.WriteAsJsonAsync(problem, options: null, contentType: ContentType);
    }
}
