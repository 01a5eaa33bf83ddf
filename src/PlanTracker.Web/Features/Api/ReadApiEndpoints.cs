using Microsoft.AspNetCore.Http.HttpResults;
using PlanTracker.Data.Identity;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;
using PlanTracker.Web.Security.ApiTokens;

namespace PlanTracker.Web.Features.Api;

/// <summary>
/// The read API under /api/v1: regions, plans, indicators, yearly values with statuses, comparison. Signed-in users
/// only (portal cookie or API token); every read goes through <see cref="AccessGuard"/> like the pages, so another
/// city's plan is 404 (and audited). Errors are problem details with Chinese titles. A <c>year</c> is checked against
/// the periods of the plans involved (the plan's own for /plans/{id}/values, every imported plan's or the asked
/// <c>period</c>'s for /comparison): outside them, a 400 naming the valid spans.
/// </summary>
public static class ReadApiEndpoints
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>The last page anyone may ask for: (page − 1) × pageSize stays far inside an int.</summary>
    public const int MaxPage = 100_000;

    public static RouteGroupBuilder MapReadApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiPaths.Api)
            .RequireAuthorization()
            .AddEndpointFilter<RequestUserFilter>()
            .AddEndpointFilter(async (context, next) =>
            {
                // City data for one user: no shared or browser caches.
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            })
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithTags("规划数据");

        api.MapGet("/regions", GetRegionsAsync)
            .WithName("ListRegions").WithSummary("当前用户可读取的地区（市州）").WithTags("地区");
        api.MapGet("/plans", GetPlansAsync)
            .WithName("ListPlans").WithSummary("规划列表（分页；可按地区、年份筛选：year 为规划期包含该年的规划）")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/plans/{id}", GetPlanAsync)
            .WithName("GetPlan").WithSummary("规划概要：章节、专栏、来源文件").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/plans/{id}/indicators", GetIndicatorsAsync)
            .WithName("ListIndicators").WithSummary("规划主要指标（可按类别、约束性筛选）").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/plans/{id}/values", GetValuesAsync)
            .WithName("GetValues").WithSummary("各指标逐年填报值（含快报标记与审核状态）与进度判断（与仪表盘一致；year 须在该规划的规划期内；include：approved 仅已审核（默认）、submitted 含已提交、all 含草稿）")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/comparison", GetComparisonAsync)
            .WithName("Compare").WithSummary("城市对比（省级用户、管理员；与“城市对比”页一致；可用 period 指定规划期，写作“起始年-结束年”；include 同上，默认仅已审核）").WithTags("城市对比")
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProvincialAnalyst, Roles.Admin))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // Any other address under /api/v1: a problem, not the portal's HTML not-found page.
        api.MapFallback(() => NotFound("没有这个 API 地址。")).ExcludeFromDescription();
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ApiRegion>>> GetRegionsAsync(ReadApiService api, CancellationToken cancellationToken) =>
        TypedResults.Ok(await api.RegionsAsync(cancellationToken));

    private static async Task<Results<Ok<PagedResponse<ApiPlanSummary>>, ProblemHttpResult>> GetPlansAsync(
        ReadApiService api, CancellationToken cancellationToken, int page = 1, int pageSize = DefaultPageSize, int? region = null, int? year = null)
    {
        if (PagingError(page, pageSize) is { } error)
        {
            return error;
        }

        return await api.PlansAsync(region, year, page, pageSize, cancellationToken) is { } plans ? TypedResults.Ok(plans) : NotFound("没有这个地区，或无权查看该地区。");
    }

    private static async Task<Results<Ok<ApiPlanDetail>, ProblemHttpResult>> GetPlanAsync(int id, ReadApiService api, CancellationToken cancellationToken) =>
        await api.PlanAsync(id, cancellationToken) is { } plan ? TypedResults.Ok(plan) : PlanNotFound();

    private static async Task<Results<Ok<IReadOnlyList<ApiIndicator>>, ProblemHttpResult>> GetIndicatorsAsync(
        int id, ReadApiService api, CancellationToken cancellationToken, string? category = null, bool? binding = null) =>
        await api.IndicatorsAsync(id, category, binding, cancellationToken) is { } indicators ? TypedResults.Ok(indicators) : PlanNotFound();

    private static async Task<Results<Ok<ApiPlanValues>, ProblemHttpResult>> GetValuesAsync(
        int id, ReadApiService api, CancellationToken cancellationToken, int? year = null, string? include = null) =>
        IncludeError(include) is { } error ? error : Answer(await api.ValuesAsync(id, year, ValueScopes.FromQuery(include), cancellationToken), PlanNotFound);

    private static async Task<Results<Ok<PagedResponse<ApiComparison>>, ProblemHttpResult>> GetComparisonAsync(
        ReadApiService api, CancellationToken cancellationToken, int? canonical = null, string? category = null, bool? binding = null, int? year = null,
        string? period = null, string? include = null, int page = 1, int pageSize = DefaultPageSize)
    {
        if ((PagingError(page, pageSize) ?? IncludeError(include)) is { } error)
        {
            return error;
        }

        return Answer(await api.ComparisonAsync(canonical, category, binding, year, period, ValueScopes.FromQuery(include), page, pageSize, cancellationToken), () => NotFound("指标目录中没有这个指标。"));
    }

    /// <summary>An outcome as HTTP: its value as 200, invalid parameters as 400 with the message, anything else as the endpoint's 404.</summary>
    private static Results<Ok<T>, ProblemHttpResult> Answer<T>(Outcome<T> answer, Func<ProblemHttpResult> notFound)
        where T : class =>
        answer switch
        {
            { Succeeded: true, Value: { } value } => TypedResults.Ok(value),
            { Kind: OutcomeKind.Invalid } => BadRequest(answer.Message),
            _ => notFound(),
        };

    private static ProblemHttpResult? PagingError(int page, int pageSize) =>
        page is < 1 or > MaxPage ? BadRequest($"page 应在 1 到 {MaxPage} 之间。")
        : pageSize is < 1 or > MaxPageSize ? BadRequest($"pageSize 应在 1 到 {MaxPageSize} 之间。")
        : null;

    /// <summary>Which reviewed values count: approved (the default), submitted, all; anything else is refused, never guessed.</summary>
    private static ProblemHttpResult? IncludeError(string? include) =>
        include is null or "approved" or "submitted" or "all" ? null
        : BadRequest("include 只能是 approved（仅已审核，默认）、submitted（含已提交）或 all（含草稿）。");

    private static ProblemHttpResult PlanNotFound() => NotFound("没有这个规划，或无权查看该规划。");

    private static ProblemHttpResult NotFound(string detail) => Problem(ApiProblems.NotFound(detail));

    private static ProblemHttpResult BadRequest(string detail) => Problem(ApiProblems.BadRequest(detail));

    private static ProblemHttpResult Problem(Microsoft.AspNetCore.Mvc.ProblemDetails problem) => TypedResults.Problem(problem);
}
