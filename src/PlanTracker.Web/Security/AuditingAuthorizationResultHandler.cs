using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using PlanTracker.Data.Auditing;

namespace PlanTracker.Web.Security;

/// <summary>Records requests refused by endpoint authorization (a signed-in user asking for a page of another role).</summary>
public sealed class AuditingAuthorizationResultHandler(AuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await audit.WriteAsync(AuditActions.AccessDenied, context.User.Identity?.Name, context.Request.Path, context.Connection.RemoteIpAddress?.ToString());
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
