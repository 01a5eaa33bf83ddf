using System.Reflection;

namespace PlanTracker.Web.Hosting;

/// <summary>An extra assembly whose routable components the portal serves (the browser tests add their own pages).</summary>
public sealed record AdditionalPageAssembly(Assembly Assembly)
{
    public static Assembly[] From(IServiceProvider services) =>
        [.. services.GetServices<AdditionalPageAssembly>().Select(a => a.Assembly).Distinct()];
}
