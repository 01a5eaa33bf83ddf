using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Security.Sessions;

namespace PlanTracker.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout: a form post with an antiforgery token (never a GET a link could trigger).</summary>
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", SignOutAsync);

    private static async Task<IResult> SignOutAsync(
        HttpContext context,
        SignInManager<ApplicationUser> signIn,
        PortalSessions sessions,
        AuditLog audit,
        // Binding a form field makes the endpoint a form post, which ASP.NET Core's antiforgery middleware
        // validates: a cross-site page cannot sign people out.
        [FromForm(Name = "__RequestVerificationToken")] string? antiforgeryToken)
    {
        var userName = context.User.Identity?.Name;
        // Server-side first: a copy of the cookie stops working at once (pages, circuits, API).
        await sessions.EndAsync(context.User);
        await signIn.SignOutAsync();
        // Signed out already: the audit row is written even if the browser has gone.
        await audit.WriteAsync(AuditActions.SignOut, userName, null, context.Connection.RemoteIpAddress?.ToString(), cancellationToken: CancellationToken.None);
        return Results.LocalRedirect("~/account/login");
    }
}
