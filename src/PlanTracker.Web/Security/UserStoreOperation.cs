using Microsoft.AspNetCore.Identity;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security;

/// <summary>
/// Identity's <see cref="UserManager{TUser}"/> for one operation, like every other write here: a scope of its own, so
/// its store's DbContext lives for the operation and not for the admin's circuit, and one transaction around the
/// operation's writes (roles, stamp, the user row) and its audit row. The transaction commits only when the
/// operation succeeds.
/// </summary>
public sealed class UserStoreOperation(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The parts an operation works with: the user manager and a way to audit inside its transaction.</summary>
    public sealed class Parts(UserManager<ApplicationUser> users, PlanTrackerDbContext context, TimeProvider clock)
    {
        public UserManager<ApplicationUser> Users => users;

        public void Audit(string action, string? userName, string? target, string? detail = null) =>
            context.AuditEvents.Add(AuditEvent.Create(clock.GetUtcNow(), action, userName, target, null, detail));

        /// <summary>"角色：填报员，城市：长沙市" (城市：— for a role without one), as the audit trail reads a user's role.</summary>
        public async Task<string> RoleDetailAsync(string role, int? regionId)
        {
            var region = regionId is { } id ? (await context.Regions.FindAsync(id))?.Name : null;
            return $"角色：{Roles.ChineseName(role)}，城市：{region ?? "—"}";
        }
    }

    public async Task<TOutcome> RunAsync<TOutcome>(Func<Parts, Task<TOutcome>> operation, Func<TOutcome, bool> succeeded, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PlanTrackerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await operation(new Parts(users, context, clock));
        if (succeeded(outcome))
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }
}
