using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Every page and endpoint the portal maps, for every role, in the user's own city and another: allowed or
/// denied, over HTTP. The list of routes is read from the running app, so a new page or endpoint without an
/// expectation here (or without protection) fails the test.
/// </summary>
[Collection(PortalCollection.Name)]
public class AccessMatrixTests(PortalFactory portal)
{
    /// <summary>Routes anyone may reach without signing in.</summary>
    private static readonly string[] Anonymous = ["/account/login", "/error", "/health", "/_framework/blazor.web.js"];

    private enum Expect
    {
        /// <summary>200 with the page.</summary>
        Ok,

        /// <summary>Refused: 403, a redirect to the access-denied page, or 404 hiding another city's data.</summary>
        Denied,
    }

    /// <summary>Users of the matrix: who, and which city's plan is "theirs" (null: every city).</summary>
    private static readonly (string User, string? City)[] Users =
    [
        ("changsha-reporter", "长沙市"),
        ("zhuzhou-leader", "株洲市"),
        ("province", null),
        ("admin", null),
    ];

    /// <summary>What each role may do with each route. {own}/{other} stand for a plan of the user's city / another city.</summary>
    private static readonly Dictionary<string, Func<string, bool, Expect>> Rules = new()
    {
        ["/"] = (_, _) => Expect.Ok,
        ["/plans"] = (_, _) => Expect.Ok,
        ["/plans/{Id:int}"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/import"] = (user, _) => user == "admin" ? Expect.Ok : Expect.Denied,
        ["/review"] = (user, _) => user is "zhuzhou-leader" or "admin" ? Expect.Ok : Expect.Denied,
        ["/progress"] = (user, _) => user == "changsha-reporter" ? Expect.Ok : Expect.Denied,
        // The reporter's own city's form; ?regionId= of another city is 404 (Sample adds it), other roles are refused.
        ["/progress/{year:int}/form.xlsx"] = (user, own) => user == "changsha-reporter" && own ? Expect.Ok : Expect.Denied,
        ["/progress/{year:int}/form.csv"] = (user, own) => user == "changsha-reporter" && own ? Expect.Ok : Expect.Denied,
        // Plan exports: whoever may read the plan's city (another city's plan is 404); the comparison export: as /compare.
        ["/exports/plans/{planId:int}/indicators.xlsx"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/exports/plans/{planId:int}/indicators.csv"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/exports/plans/{planId:int}/plan.json"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/exports/compare.xlsx"] = (user, _) => user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/exports/overview.xlsx"] = (user, _) => user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/dashboard"] = (user, own) => user == "changsha-reporter" || (user == "zhuzhou-leader" && !own) ? Expect.Denied : Expect.Ok,
        ["/exports/dashboard.xlsx"] = (user, own) => user == "changsha-reporter" || (user == "zhuzhou-leader" && !own) ? Expect.Denied : Expect.Ok,
        // Reports: anyone who may read the city (its reporter and leaders, the province, admins); another city is 404.
        ["/reports"] = (_, _) => Expect.Ok,
        ["/reports/annual"] = (_, own) => own ? Expect.Ok : Expect.Denied,
        ["/reports/midterm"] = (_, own) => own ? Expect.Ok : Expect.Denied,
        ["/reports/final"] = (_, own) => own ? Expect.Ok : Expect.Denied,
        ["/admin/users"] = (user, _) => user == "admin" ? Expect.Ok : Expect.Denied,
        ["/admin/audit"] = (user, _) => user == "admin" ? Expect.Ok : Expect.Denied,
        ["/admin/catalogue"] = (user, _) => user == "admin" ? Expect.Ok : Expect.Denied,
        ["/admin/years"] = (user, _) => user == "admin" ? Expect.Ok : Expect.Denied,
        ["/compare"] = (user, _) => user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/overview"] = (user, _) => user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/account"] = (_, _) => Expect.Ok,
        ["/account/password"] = (_, _) => Expect.Ok,
        ["/account/denied"] = (_, _) => Expect.Denied,
        ["/not-found"] = (_, _) => Expect.Denied,
        ["/test/throws"] = (_, _) => Expect.Ok,
        ["/admin/tokens"] = (user, _) => user == "admin" ? Expect.Ok : Expect.Denied,
        // The read API: the same people as the pages; Sample adds ?region= of the own/other city to the plan list.
        ["/api/v1/regions"] = (_, _) => Expect.Ok,
        ["/api/v1/plans"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/api/v1/plans/{id}"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/api/v1/plans/{id}/indicators"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/api/v1/plans/{id}/values"] = (user, own) => own || user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        ["/api/v1/comparison"] = (user, _) => user is "province" or "admin" ? Expect.Ok : Expect.Denied,
        // Any other address under /api/v1 is a 404 problem for everyone.
        ["/api/v1/{*path:nonfile}"] = (_, _) => Expect.Denied,
        ["/openapi/v1.json"] = (_, _) => Expect.Ok,
        ["/api/docs/{**asset}"] = (_, _) => Expect.Ok,
    };

    [Fact]
    public void Every_endpoint_is_either_known_anonymous_or_requires_a_signed_in_user()
    {
        foreach (var endpoint in Endpoints())
        {
            var route = endpoint.RoutePattern.RawText!;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (IsStaticAsset(endpoint))
            {
                continue;
            }

            if (anonymous)
            {
                Assert.True(Anonymous.Contains(Normalise(route)), $"{route} allows anonymous access but is not in the list of public routes");
            }
            else
            {
                Assert.False(Anonymous.Contains(Normalise(route)), $"{route} is listed as public but requires sign-in");
            }
        }
    }

    [Fact]
    public void Every_page_and_endpoint_has_an_expectation()
    {
        var missing = Endpoints()
            .Where(e => !IsStaticAsset(e) && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => Normalise(e.RoutePattern.RawText!))
            .Where(r => !Rules.ContainsKey(r) && !ProtectedNonPages.Contains(r))
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "No access expectation for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in()
    {
        var client = portal.CreateBrowserLikeClient();
        foreach (var route in Rules.Keys)
        {
            var response = await client.GetAsync(Sample(route, 1, 1));
            if (IsApi(route))
            {
                // Machines get 401 with problem details, never the sign-in page.
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized && IsProblem(response),
                    $"anonymous GET {route}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {response.Headers.Location}");
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login", StringComparison.Ordinal),
                $"anonymous GET {route}: {(int)response.StatusCode} {response.Headers.Location}");
        }

        var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Each_role_reaches_what_it_may_and_is_refused_the_rest_in_its_own_and_other_cities()
    {
        var plans = await PlanIdsByCityAsync();
        var regions = await RegionIdsByCityAsync();
        var failures = new List<string>();
        foreach (var (user, city) in Users)
        {
            var client = await PortalSession.SignInAsync(portal, user);
            foreach (var (route, rule) in Rules)
            {
                foreach (var own in new[] { true, false })
                {
                    var planCity = city is null ? (own ? "长沙市" : "鄂州市") : own ? city : plans.Keys.First(c => c != city);
                    var url = Sample(route, plans[planCity], regions[planCity]);
                    var expected = rule(user, own || city is null);
                    var response = await client.GetAsync(url);
                    var actual = IsApi(route) ? ClassifyApi(response) : Classify(response);
                    if (actual != expected)
                    {
                        failures.Add($"{user} GET {url} ({(own ? "own" : "other")} city): expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Changing_the_plan_id_in_the_address_never_shows_another_citys_plan()
    {
        var plans = await PlanIdsByCityAsync();
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");

        var own = await client.GetStringAsync($"/plans/{plans["长沙市"]}");
        var other = await client.GetAsync($"/plans/{plans["株洲市"]}");
        var list = await client.GetStringAsync("/plans");

        Assert.Contains("长沙市“十四五”人力资源和社会保障事业发展规划", own);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("株洲市", await other.Content.ReadAsStringAsync());
        Assert.DoesNotContain("株洲市", list);
        Assert.DoesNotContain("鄂州市", list);
    }

    /// <summary>
    /// Protected endpoints that are not pages: Blazor's hub and its helpers, the redirect Blazor issues after a
    /// form post, the static-file fallback, and the logout post (tested in <see cref="Anonymous_requests_are_sent_to_sign_in"/>).
    /// </summary>
    private static readonly HashSet<string> ProtectedNonPages =
        ["/_blazor", "/_blazor/negotiate", "/_blazor/initializers", "/_blazor/disconnect", "/_framework/opaque-redirect", "/{**path:file}", "/account/logout"];

    private IEnumerable<RouteEndpoint> Endpoints() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    private static string Normalise(string route) => "/" + route.Trim('/');

    /// <summary>A concrete address for a route: the plan id in the path, the city in the dashboard's and the form download's query.</summary>
    private static string Sample(string route, int planId, int regionId) => route switch
    {
        "/dashboard" => $"/dashboard?city={regionId}",
        "/exports/dashboard.xlsx" => $"/exports/dashboard.xlsx?city={regionId}",
        "/reports/annual" => $"/reports/annual?city={regionId}&year=2023",
        "/reports/midterm" => $"/reports/midterm?city={regionId}",
        "/reports/final" => $"/reports/final?city={regionId}&year=2025",
        "/progress/{year:int}/form.xlsx" or "/progress/{year:int}/form.csv" => route.Replace("{year:int}", "2023", StringComparison.Ordinal) + $"?regionId={regionId}",
        "/api/v1/plans" => $"/api/v1/plans?region={regionId}",
        "/api/v1/{*path:nonfile}" => "/api/v1/no-such-resource",
        "/api/docs/{**asset}" => "/api/docs/index.html",
        _ => route.Replace("{Id:int}", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{planId:int}", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{id:int}", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{id}", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
    };

    /// <summary>Routes for machines: no redirects, refusals as problem details.</summary>
    private static bool IsApi(string route) => route.StartsWith("/api/v1/", StringComparison.Ordinal) || route.StartsWith("/openapi/", StringComparison.Ordinal);

    private static bool IsProblem(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    /// <summary>An API answer: 200, or a refusal as a 403/404 problem (a redirect to a page is never right here).</summary>
    private static Expect ClassifyApi(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK ? Expect.Ok
        : response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound && IsProblem(response) ? Expect.Denied
        : (Expect)(-1);

    private static Expect Classify(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK ? Expect.Ok
        : response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound ? Expect.Denied
        : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/denied", StringComparison.Ordinal) ? Expect.Denied
        : (Expect)(-1);

    private async Task<Dictionary<string, int>> RegionIdsByCityAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return await context.Regions.ToDictionaryAsync(r => r.Name, r => r.Id);
    }

    /// <summary>Each city's earliest plan (a city other tests give a 十五五 plan as well has two).</summary>
    private async Task<Dictionary<string, int>> PlanIdsByCityAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        var plans = await context.Plans.OrderBy(p => p.PeriodStart).Select(p => new { p.Region!.Name, p.Id }).ToListAsync();
        return plans.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Id);
    }
}
