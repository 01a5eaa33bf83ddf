using PlanTracker.Web.Features.Import;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Features.SystemStatus;

namespace PlanTracker.Web.Hosting;

public static class FeatureRegistration
{
    /// <summary>Each feature's services: components call them directly.</summary>
    public static IServiceCollection AddPlanTrackerFeatures(this IServiceCollection services)
    {
        services.AddScoped<SystemStatusService>();
        services.AddScoped<PlanService>();
        services.AddScoped<ImportService>();
        return services;
    }
}
