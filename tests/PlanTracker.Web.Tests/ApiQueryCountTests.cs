using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Issue 17: each read-API answer costs at most the queries docs/api.md states for it, and a page costs the same
/// whatever its size. Counted per request: the test sends a W3C traceparent of its own, ASP.NET Core makes the
/// request's activity its child, and every command Npgsql runs for that request (the session check, the answer) is an
/// activity of that trace; nothing else in the process shares the trace id.
/// </summary>
public sealed class ApiQueryCountTests : IClassFixture<IsolatedPortalFactory>, IDisposable
{
    private readonly IsolatedPortalFactory _portal;
    private readonly ConcurrentDictionary<ActivityTraceId, int> _commands = new();
    private readonly ActivityListener _listener;

    public ApiQueryCountTests(IsolatedPortalFactory portal)
    {
        _portal = portal;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql")
                {
                    _commands.AddOrUpdate(activity.TraceId, 1, (_, n) => n + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <remarks>The budgets are docs/api.md's table: one query for the session check, then the answer's own.</remarks>
    [Theory]
    [InlineData("/api/v1/regions", 4)]
    [InlineData("/api/v1/plans", 3)]
    [InlineData("/api/v1/plans/{plan}", 7)]
    [InlineData("/api/v1/plans/{plan}/indicators", 3)]
    [InlineData("/api/v1/plans/{plan}/values", 5)]
    [InlineData("/api/v1/plans/{plan}/values?year=2023", 4)]
    [InlineData("/api/v1/comparison", 5)]
    public async Task An_answer_costs_at_most_its_stated_queries(string route, int budget)
    {
        var client = await SignedInAsync();
        var path = route.Replace("{plan}", (await FirstPlanIdAsync(client)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var (status, queries) = await CountAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(queries, 1, budget);
    }

    [Fact]
    public async Task A_comparison_page_of_the_whole_catalogue_costs_what_a_page_of_one_costs()
    {
        var client = await SignedInAsync();

        var (_, one) = await CountAsync(client, "/api/v1/comparison?pageSize=1");
        var (status, all) = await CountAsync(client, "/api/v1/comparison?pageSize=100");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(one, all);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = await PortalSession.SignInAsync(_portal, "province");
        // The first request of a session warms what any later one finds ready (the key ring, the session row).
        await client.GetAsync("/api/v1/regions");
        return client;
    }

    private static async Task<int> FirstPlanIdAsync(HttpClient client)
    {
        using var plans = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/plans?pageSize=1"));
        return plans.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32();
    }

    private async Task<(HttpStatusCode Status, int Queries)> CountAsync(HttpClient client, string path)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, _commands.GetValueOrDefault(trace));
    }

    public void Dispose() => _listener.Dispose();
}
