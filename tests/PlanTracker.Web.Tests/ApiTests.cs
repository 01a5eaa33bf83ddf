using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Admin;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Contract tests of the read API: JSON shapes, the seed plan's own figures, values equal to the progress engine on
/// values read with plain SQL, authentication by cookie or API token, and the same people only.
/// </summary>
/// <remarks>A portal of its own: the shared one gains an imported plan (岳阳) in the import browser test.</remarks>
public class ApiTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private static readonly string[] FourCities = ["长沙市", "株洲市", "湘西自治州", "鄂州市"];

    [Fact]
    public async Task Without_credentials_the_api_answers_401_problem_details_not_a_redirect()
    {
        var client = portal.CreateBrowserLikeClient();
        foreach (var path in new[] { "/api/v1/regions", "/api/v1/plans", "/openapi/v1.json" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await JsonAsync(response);
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
            Assert.Equal("未登录", problem.GetProperty("title").GetString());
        }

        var forged = await WithBearer(portal.CreateBrowserLikeClient(), "pt_" + new string('A', 43)).GetAsync("/api/v1/regions");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains("invalid_token", forged.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Plans_are_paged_with_items_page_page_size_and_total()
    {
        var client = await PortalSession.SignInAsync(portal, "province");

        var first = await JsonAsync(await client.GetAsync("/api/v1/plans?page=1&pageSize=3"));
        var second = await JsonAsync(await client.GetAsync("/api/v1/plans?page=2&pageSize=3"));

        Assert.Equal(["items", "page", "pageSize", "total"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        var plan = first.GetProperty("items")[0];
        foreach (var property in new[] { "id", "regionId", "region", "province", "title", "period", "documentNumber", "indicatorCount", "bindingCount" })
        {
            Assert.True(plan.TryGetProperty(property, out _), $"plan has no {property}: {plan}");
        }

        var cities = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("region").GetString());
        Assert.Equal(FourCities.Order(), cities.Order());

        var tooBig = await client.GetAsync("/api/v1/plans?pageSize=101");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("application/problem+json", tooBig.Content.Headers.ContentType?.MediaType);
        Assert.Contains("pageSize", (await JsonAsync(tooBig)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/plans?page=0")).StatusCode);
    }

    [Fact]
    public async Task Changsha_indicators_carry_the_names_and_targets_printed_in_the_plan()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");
        var planId = await PlanIdAsync("长沙市");

        var indicators = await JsonAsync(await client.GetAsync($"/api/v1/plans/{planId}/indicators"));

        // Seed 001, 专栏2: "1.城镇新增就业人数 万人 [71.42] [75] 预期性", "7.失业保险参保人数 万人 182.8 212.7 约束性".
        var jobs = Single(indicators, "城镇新增就业人数");
        Assert.Equal("万人", jobs.GetProperty("unit").GetString());
        Assert.Equal("[71.42]", jobs.GetProperty("baseline").GetProperty("text").GetString());
        Assert.Equal("[75]", jobs.GetProperty("target").GetProperty("text").GetString());
        Assert.Equal(75m, jobs.GetProperty("target").GetProperty("value").GetDecimal());
        Assert.True(jobs.GetProperty("cumulative").GetBoolean());
        Assert.False(jobs.GetProperty("binding").GetBoolean());
        Assert.Equal("预期性", jobs.GetProperty("attribute").GetString());

        var insured = Single(indicators, "失业保险参保人数");
        Assert.Equal("182.8", insured.GetProperty("baseline").GetProperty("text").GetString());
        Assert.Equal(212.7m, insured.GetProperty("target").GetProperty("value").GetDecimal());
        Assert.True(insured.GetProperty("binding").GetBoolean());
        Assert.Equal("约束性", insured.GetProperty("attribute").GetString());

        var binding = await JsonAsync(await client.GetAsync($"/api/v1/plans/{planId}/indicators?binding=true"));
        Assert.All(binding.EnumerateArray(), i => Assert.True(i.GetProperty("binding").GetBoolean()));
        Assert.Contains(binding.EnumerateArray(), i => i.GetProperty("name").GetString() == "失业保险参保人数");
        Assert.DoesNotContain(binding.EnumerateArray(), i => i.GetProperty("name").GetString() == "城镇新增就业人数");

        var employment = await JsonAsync(await client.GetAsync($"/api/v1/plans/{planId}/indicators?category=就业"));
        Assert.Contains(employment.EnumerateArray(), i => i.GetProperty("name").GetString() == "城镇新增就业人数");
        Assert.DoesNotContain(employment.EnumerateArray(), i => i.GetProperty("name").GetString() == "失业保险参保人数");
    }

    [Fact]
    public async Task Changsha_values_and_statuses_equal_the_engine_on_the_values_stored_in_postgresql()
    {
        const int year = 2023;
        var client = await PortalSession.SignInAsync(portal, "changsha-leader");
        var planId = await PlanIdAsync("长沙市");
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var indicators = await context.Indicators.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Ordinal).ToListAsync();
        var period = (await context.Plans.AsNoTracking().SingleAsync(p => p.Id == planId)).Period;
        var stored = await ReadValuesAsync(year);

        // include=all: every stored value, whatever its report's review status (the default is approved values only, ValueScopeTests).
        var body = await JsonAsync(await client.GetAsync($"/api/v1/plans/{planId}/values?year={year}&include=all"));

        Assert.Equal(year, body.GetProperty("year").GetInt32());
        Assert.Equal("长沙市", body.GetProperty("region").GetString());
        Assert.Equal((2021, 2025, 2020, "2021—2025年", "“十四五”"), Period(body.GetProperty("period")));
        var rows = body.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(indicators.Count, rows.Count);
        var preliminarySeen = false;
        for (var index = 0; index < rows.Count; index++)
        {
            var indicator = indicators[index];
            var values = stored.GetValueOrDefault(indicator.Id, []);
            var expected = ProgressEngine.Evaluate(indicator, [.. values.Select(v => new YearValue(v.Year, v.Value))], period);
            var row = rows[index];
            Assert.Equal(indicator.Id, row.GetProperty("indicatorId").GetInt32());
            Assert.Equal(indicator.Name, row.GetProperty("name").GetString());
            Assert.Equal(values.Select(v => (v.Year, v.Value, v.Preliminary)),
                row.GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("year").GetInt32(), v.GetProperty("value").GetDecimal(), v.GetProperty("preliminary").GetBoolean())));
            var progress = row.GetProperty("progress");
            Assert.Equal(expected.Status.ToChinese(), progress.GetProperty("status").GetString());
            Assert.Equal(expected.Status.ToString(), progress.GetProperty("statusCode").GetString());
            Assert.Equal(expected.Reason, progress.GetProperty("reason").GetString());
            Assert.Equal(expected.Completion, Decimal(progress.GetProperty("completion")));
            Assert.Equal(expected.Expected, Decimal(progress.GetProperty("expected")));
            Assert.Equal(expected.BindingWarning, progress.GetProperty("bindingWarning").GetBoolean());
            preliminarySeen |= values.Any(v => v.Preliminary);
        }

        Assert.True(preliminarySeen, "the demo data has 快报 figures in its latest year");
        var insured = rows.Single(r => r.GetProperty("name").GetString() == "失业保险参保人数");
        Assert.Equal("182.8", insured.GetProperty("baseline").GetString());
        Assert.Equal("212.7", insured.GetProperty("target").GetString());

        var outside = await client.GetAsync($"/api/v1/plans/{planId}/values?year=2030");
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal("application/problem+json", outside.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2021—2025年", (await JsonAsync(outside)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/plans/{planId}/values?year=2020")).StatusCode);
    }

    [Fact]
    public async Task Without_a_year_values_and_comparison_open_on_the_default_year_of_the_plans_periods()
    {
        var client = await PortalSession.SignInAsync(portal, "province");
        var planId = await PlanIdAsync("长沙市");
        PlanYears province;
        PlanYears changsha;
        await using (var scope = await UserScopes.ForAsync(portal, "province"))
        {
            var years = scope.ServiceProvider.GetRequiredService<PlanYearService>();
            province = await years.ForProvinceAsync();
            changsha = await years.ForRegionAsync(await RegionIdAsync("长沙市"));
        }

        var values = await JsonAsync(await client.GetAsync($"/api/v1/plans/{planId}/values"));
        var comparison = await JsonAsync(await client.GetAsync("/api/v1/comparison?pageSize=1"));

        // Every plan of this portal is a 十四五 plan: the region's default year is a year of that plan.
        Assert.Equal(changsha.DefaultYear, values.GetProperty("year").GetInt32());
        Assert.Equal(province.DefaultYear, comparison.GetProperty("items")[0].GetProperty("year").GetInt32());
        Assert.Equal((2021, 2025, 2020, "2021—2025年", "“十四五”"), Period(comparison.GetProperty("items")[0].GetProperty("period")));
    }

    [Fact]
    public async Task A_comparison_year_or_period_no_plan_covers_is_a_400_naming_the_spans()
    {
        var client = await PortalSession.SignInAsync(portal, "province");

        var before = await client.GetAsync("/api/v1/comparison?year=2019");
        var unknown = await client.GetAsync("/api/v1/comparison?period=2026-2030");
        var malformed = await client.GetAsync("/api/v1/comparison?period=abc");
        var outsidePeriod = await client.GetAsync("/api/v1/comparison?period=2021-2025&year=2026");
        var explicitPeriod = await JsonAsync(await client.GetAsync("/api/v1/comparison?period=2021—2025&year=2022&pageSize=1"));

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("2021—2025年", (await JsonAsync(before)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("2021-2025", (await JsonAsync(unknown)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outsidePeriod.StatusCode);
        Assert.Contains("2021—2025年", (await JsonAsync(outsidePeriod)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2022, explicitPeriod.GetProperty("items")[0].GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_province_token_reads_all_four_cities_and_compares_them()
    {
        var (secret, _) = await IssueAsync("province", "省厅数据平台");
        var client = WithBearer(portal.CreateBrowserLikeClient(), secret);

        var regions = await JsonAsync(await client.GetAsync("/api/v1/regions"));
        var plans = await JsonAsync(await client.GetAsync("/api/v1/plans?pageSize=100"));
        var ezhou = await client.GetAsync($"/api/v1/plans/{await PlanIdAsync("鄂州市")}/values?year=2022");
        var comparison = await JsonAsync(await client.GetAsync("/api/v1/comparison?year=2023&pageSize=100"));

        var withPlans = regions.EnumerateArray().Where(r => r.GetProperty("planId").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("name").GetString());
        Assert.Equal(FourCities.Order(), withPlans.Order());
        Assert.All(regions.EnumerateArray().Where(r => r.GetProperty("planId").ValueKind == JsonValueKind.Number), r =>
            Assert.Equal([r.GetProperty("planId").GetInt32()], r.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetInt32())));
        Assert.Equal(4, plans.GetProperty("total").GetInt32());
        Assert.All(plans.GetProperty("items").EnumerateArray(), p => Assert.Equal("“十四五”", p.GetProperty("period").GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, ezhou.StatusCode);
        Assert.True(comparison.GetProperty("total").GetInt32() > 0);
        var jobs = comparison.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("indicator").GetProperty("name").GetString() == "城镇新增就业人数");
        Assert.Contains("长沙市", jobs.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("city").GetString()));

        var one = await JsonAsync(await client.GetAsync($"/api/v1/comparison?canonical={jobs.GetProperty("indicator").GetProperty("id").GetInt32()}"));
        Assert.Equal(1, one.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/comparison?canonical=999999")).StatusCode);
    }

    [Fact]
    public async Task A_city_leaders_token_sees_only_their_city_and_another_citys_plan_is_404_and_audited()
    {
        var (secret, _) = await IssueAsync("zhuzhou-leader", "株洲内部报表");
        var client = WithBearer(portal.CreateBrowserLikeClient(), secret);
        var changsha = await PlanIdAsync("长沙市");
        var before = await AccessDeniedCountAsync($"api/v1/plans/{changsha}/values");

        var regions = await JsonAsync(await client.GetAsync("/api/v1/regions"));
        var plans = await JsonAsync(await client.GetAsync("/api/v1/plans"));
        var own = await client.GetAsync($"/api/v1/plans/{await PlanIdAsync("株洲市")}/values");
        var other = await client.GetAsync($"/api/v1/plans/{changsha}/values");
        var otherPlan = await client.GetAsync($"/api/v1/plans/{changsha}");
        var comparison = await client.GetAsync("/api/v1/comparison");

        Assert.Equal(["株洲市"], regions.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(["株洲市"], plans.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("region").GetString()));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPlan.StatusCode);
        Assert.Equal("未找到", (await JsonAsync(other)).GetProperty("title").GetString());
        Assert.DoesNotContain("长沙", await otherPlan.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, comparison.StatusCode);
        Assert.Equal("application/problem+json", comparison.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before + 1, await AccessDeniedCountAsync($"api/v1/plans/{changsha}/values"));
    }

    [Fact]
    public async Task Revoked_and_expired_tokens_are_refused_with_401()
    {
        var (secret, prefix) = await IssueAsync("province", "即将吊销");
        var client = WithBearer(portal.CreateBrowserLikeClient(), secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/regions")).StatusCode);

        await using (var scope = await UserScopes.ForAsync(portal, "admin"))
        {
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenAdminService>();
            var token = (await tokens.ListAsync()).Single(t => t.Prefix == prefix);
            Assert.True((await tokens.RevokeAsync(token.Id)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/regions")).StatusCode);

        var (expired, expiredPrefix) = await IssueAsync("province", "已过期", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
        var expiredClient = WithBearer(portal.CreateBrowserLikeClient(), expired);
        Assert.Equal(HttpStatusCode.OK, (await expiredClient.GetAsync("/api/v1/regions")).StatusCode);
        await ExecuteAsync("UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE prefix = @prefix", expiredPrefix);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expiredClient.GetAsync("/api/v1/regions")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_accounts_token_is_refused_and_no_token_can_be_issued_for_it()
    {
        await using var scope = await UserScopes.ForAsync(portal, "admin");
        var admin = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        Assert.True((await admin.CreateAsync(new CreateUserRequest
        {
            UserName = "api-province-2",
            DisplayName = "省厅接口二",
            Role = Roles.ProvincialAnalyst,
            Password = "a long enough password",
        })).Succeeded);
        var (secret, _) = await IssueAsync("api-province-2", "停用前");
        var client = WithBearer(portal.CreateBrowserLikeClient(), secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/regions")).StatusCode);

        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("api-province-2");
        Assert.True((await admin.SetDisabledAsync(user!.Id, disabled: true)).Succeeded);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/regions")).StatusCode);
        var refused = await scope.ServiceProvider.GetRequiredService<ApiTokenAdminService>().IssueAsync(new IssueApiTokenRequest { UserId = user.Id, Name = "停用后" });
        Assert.False(refused.Succeeded);
    }

    [Theory]
    [InlineData("province")]
    [InlineData("changsha-reporter")]
    public async Task Only_admins_issue_list_or_revoke_tokens(string userName)
    {
        var (_, prefix) = await IssueAsync("province", "他人不能吊销");
        await using (var admin = await UserScopes.ForAsync(portal, "admin"))
        {
            var id = (await admin.ServiceProvider.GetRequiredService<ApiTokenAdminService>().ListAsync()).Single(t => t.Prefix == prefix).Id;
            await using var scope = await UserScopes.ForAsync(portal, userName);
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenAdminService>();
            var self = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);

            Assert.False((await tokens.IssueAsync(new IssueApiTokenRequest { UserId = self!.Id, Name = "自己签发" })).Succeeded);
            Assert.Empty(await tokens.ListAsync());
            Assert.False((await tokens.RevokeAsync(id)).Succeeded);
        }

        await using var check = await UserScopes.ForAsync(portal, "admin");
        Assert.Null((await check.ServiceProvider.GetRequiredService<ApiTokenAdminService>().ListAsync()).Single(t => t.Prefix == prefix).RevokedAt);
    }

    [Fact]
    public async Task The_database_holds_the_hash_of_a_secret_never_the_secret()
    {
        var (secret, prefix) = await IssueAsync("province", "哈希检查");
        Assert.StartsWith("pt_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret[3..].Replace('-', '+').Replace('_', '/') + "=").Length);
        Assert.Equal(HttpStatusCode.OK, (await WithBearer(portal.CreateBrowserLikeClient(), secret).GetAsync("/api/v1/regions")).StatusCode);

        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(t)::text, token_hash, last_used_at FROM api_tokens t WHERE prefix = @prefix", connection);
        command.Parameters.AddWithValue("prefix", prefix);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var row = reader.GetString(0);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant(), reader.GetString(1));
        Assert.DoesNotContain(secret[3..], row);
        Assert.DoesNotContain(secret[prefix.Length..(prefix.Length + 12)], row);
        Assert.False(reader.IsDBNull(2), "last_used_at is set once the token is used");
        await reader.DisposeAsync();

        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_events WHERE detail LIKE '%' || @secret || '%' OR target LIKE '%' || @secret || '%'", connection);
        audit.Parameters.AddWithValue("secret", secret[prefix.Length..]);
        Assert.Equal(0L, (long)(await audit.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_openapi_document_is_json_listing_every_api_route_and_the_bearer_scheme()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await JsonAsync(response);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var routes = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal) && !r.Contains('*', StringComparison.Ordinal))
            .Select(r => r.Replace(":int", string.Empty, StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.Equal(6, routes.Count);
        Assert.Equal(routes.Order(), paths.Order());
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Contains("只读 API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_api_docs_page_loads_for_a_signed_in_user_and_sends_others_to_sign_in()
    {
        var client = await PortalSession.SignInAsync(portal, "province");

        var root = await client.GetAsync("/api/docs");
        var index = await client.GetAsync("/api/docs/index.html");
        var script = await client.GetStringAsync("/api/docs/index.js");
        var anonymous = await portal.CreateBrowserLikeClient().GetAsync("/api/docs/index.html");

        Assert.Equal(HttpStatusCode.MovedPermanently, root.StatusCode);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        var html = await index.Content.ReadAsStringAsync();
        Assert.Contains("swagger-ui", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("/openapi/v1.json", script);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString());
    }

    private async Task<(string Secret, string Prefix)> IssueAsync(string userName, string name, DateOnly? expiresOn = null)
    {
        await using var scope = await UserScopes.ForAsync(portal, "admin");
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokenAdminService>()
            .IssueAsync(new IssueApiTokenRequest { UserId = user!.Id, Name = name, ExpiresOn = expiresOn });
        Assert.True(issued.Succeeded, string.Join(" ", issued.Errors));
        return (issued.Secret!, issued.Prefix!);
    }

    private static HttpClient WithBearer(HttpClient client, string secret)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType is "application/json" or "application/problem+json", $"{(int)response.StatusCode} {response.Content.Headers.ContentType}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement Single(JsonElement indicators, string name) =>
        indicators.EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);

    private static (int First, int Last, int Baseline, string? Span, string? Name) Period(JsonElement period) =>
        (period.GetProperty("firstYear").GetInt32(), period.GetProperty("lastYear").GetInt32(), period.GetProperty("baselineYear").GetInt32(),
            period.GetProperty("span").GetString(), period.GetProperty("name").GetString());

    private static decimal? Decimal(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private async Task<int> PlanIdAsync(string city)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return await context.Plans.Where(p => p.Region!.Name == city).Select(p => p.Id).SingleAsync();
    }

    private async Task<int> RegionIdAsync(string city)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return await context.Regions.Where(r => r.Name == city).Select(r => r.Id).SingleAsync();
    }

    private async Task<int> AccessDeniedCountAsync(string target)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return await context.AuditEvents.CountAsync(e => e.Action == "access-denied" && e.Target == target);
    }

    private async Task ExecuteAsync(string sql, string prefix)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("prefix", prefix);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stored values up to a year with their 快报 flag, read with plain SQL rather than through the API's own queries.</summary>
    private async Task<Dictionary<int, List<(int Year, decimal Value, bool Preliminary)>>> ReadValuesAsync(int year)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT indicator_id, year, value, is_preliminary FROM indicator_values WHERE year <= @year ORDER BY indicator_id, year", connection);
        command.Parameters.AddWithValue("year", year);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new Dictionary<int, List<(int, decimal, bool)>>();
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt32(0);
            if (!values.TryGetValue(id, out var list))
            {
                values[id] = list = [];
            }

            list.Add((reader.GetInt32(1), reader.GetDecimal(2), reader.GetBoolean(3)));
        }

        return values;
    }
}
