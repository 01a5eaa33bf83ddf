using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using PlanTracker.Web.Security.ApiTokens;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// The API's side of authentication: a policy scheme (the default) forwards a request on an API path that carries
/// <c>Authorization: Bearer</c> to the "ApiToken" scheme and everything else to the portal's cookie; on API paths the
/// cookie answers 401/403 problem details instead of redirecting to the sign-in or access-denied page.
/// </summary>
public static class ApiAuthenticationHosting
{
    /// <summary>The default scheme: cookie or API token, chosen per request.</summary>
    public const string PortalOrApiToken = "PortalOrApiToken";

    public static AuthenticationBuilder AddApiTokens(this AuthenticationBuilder authentication)
    {
        authentication
            .AddPolicyScheme(PortalOrApiToken, "门户 Cookie 或 API 令牌", options => options.ForwardDefaultSelector = context =>
                ApiPaths.IsApi(context.Request.Path) && ApiTokenAuthenticationHandler.BearerValue(context.Request) is not null
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, "API 令牌", null);

        authentication.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure(options =>
        {
            var toLogin = options.Events.OnRedirectToLogin;
            var toDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => ApiPaths.IsApi(context.Request.Path)
                ? ApiProblems.WriteAsync(context.Response, ApiProblems.Unauthorized())
                : toLogin(context);
            options.Events.OnRedirectToAccessDenied = context => ApiPaths.IsApi(context.Request.Path)
                ? ApiProblems.WriteAsync(context.Response, ApiProblems.Forbidden())
                : toDenied(context);
        });
        return authentication;
    }
}
