using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PlanTracker.Data.Tests;

/// <summary>
/// What resolves a context from a scope (Identity's stores, the data-protection key ring of
/// Microsoft.AspNetCore.DataProtection.EntityFrameworkCore) gets one from AddPlanTrackerData: AddDbContextFactory
/// registers the context as scoped, made by the factory, beside the factory the portal's own code uses.
/// </summary>
public class ServiceRegistrationTests
{
    [Fact]
    public async Task A_scope_gets_one_context_of_its_own_and_the_factory_stays_available()
    {
        await using var services = new ServiceCollection().AddLogging().AddPlanTrackerData("Host=localhost").BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var first = services.CreateAsyncScope();
        await using var second = services.CreateAsyncScope();
        var context = first.ServiceProvider.GetRequiredService<PlanTrackerDbContext>();

        Assert.Same(context, first.ServiceProvider.GetRequiredService<PlanTrackerDbContext>());
        Assert.NotSame(context, second.ServiceProvider.GetRequiredService<PlanTrackerDbContext>());
        Assert.Equal(ServiceLifetime.Scoped, new ServiceCollection().AddLogging().AddPlanTrackerData("Host=localhost").Single(d => d.ServiceType == typeof(PlanTrackerDbContext)).Lifetime);
        await using var fromFactory = await services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        Assert.NotSame(context, fromFactory);
    }
}
