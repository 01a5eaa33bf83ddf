using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PlanTracker.Web.Features.Api;

/// <summary>
/// Titles the document and describes how to authenticate: the bearer scheme (API token) as the document's
/// requirement; the portal cookie works too, for a browser that is signed in (as the docs page is).
/// </summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "ApiToken";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "PlanTracker 只读 API";
        document.Info.Version = "v1";
        document.Info.Description =
            "人力资源和社会保障事业发展规划（“十四五”“十五五”……，每个地区按规划期各有一部）的地区、规划及其规划期、指标、逐年填报值与进度判断、城市对比。" +
            "year 参数须落在所涉规划的规划期内（否则返回 400 并列出有效的规划期）；不指定时按门户的默认年份规则取值。" +
            "权限与门户页面完全一致：市州用户只能读取本市州的数据，省级用户与管理员可读取全部。" +
            "认证：已登录门户的浏览器 Cookie，或管理员签发的 API 令牌（Authorization: Bearer pt_…）。";
        // No absolute server address (the generator writes the one the request came in on, wrong behind a proxy):
        // clients and Swagger UI then resolve paths against the document's own address.
        document.Servers?.Clear();
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "pt_…（管理员在“管理 → API 令牌”签发，只显示一次）",
            Description = "每个用户的 API 令牌；权限与该用户登录门户时相同。",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
        return Task.CompletedTask;
    }
}
