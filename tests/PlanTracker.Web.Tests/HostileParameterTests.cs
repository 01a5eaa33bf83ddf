using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Domain;
using PlanTracker.TestSupport;
using PlanTracker.Web.Features.Admin;
using PlanTracker.Web.Features.Exports;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Hostile parameters (issue 11, defect 9) against a Production-mode portal: a NUL in a filter, a page number that
/// overflows, a parameter of the wrong type, a missing docs file each answer 4xx (problem details under /api), never
/// a 500 or an HTML page; CSV escapes a formula behind a TAB or CR too.
/// </summary>
public sealed class HostileParameterTests(HostileParameterTests.Portal portal) : IClassFixture<HostileParameterTests.Portal>
{
    [Theory]
    [InlineData("/api/v1/plans/{plan}/indicators?category=%00")]
    [InlineData("/api/v1/plans/{plan}/indicators?category=%E5%B0%B1%00%01")]
    [InlineData("/api/v1/comparison?category=a%00")]
    [InlineData("/api/v1/plans?page=2147483647")]
    [InlineData("/api/v1/plans?page=99999999999")]
    [InlineData("/api/v1/plans/abc")]
    [InlineData("/api/v1/plans/{plan}/values?year=x")]
    [InlineData("/api/v1/plans/{plan}/indicators?binding=maybe")]
    public async Task A_hostile_api_parameter_is_a_400_problem(string path)
    {
        var client = await PortalSession.SignInAsync(portal, "province");
        var response = await client.GetAsync(path.Replace("{plan}", (await FirstPlanIdAsync(client)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("请求参数无效", problem.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/plans?q=%00")]
    [InlineData("/exports/compare.xlsx?category=%00")]
    public async Task A_nul_in_a_page_or_export_query_is_a_400(string path)
    {
        var client = await PortalSession.SignInAsync(portal, "province");
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("控制字符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_under_the_api_docs_is_a_404()
    {
        var client = await PortalSession.SignInAsync(portal, "province");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/docs/no-such-file.js")).StatusCode);
    }

    [Fact]
    public async Task A_nul_in_the_audit_filter_matches_nothing_instead_of_failing()
    {
        await PortalSession.SignInAsync(portal, "province");
        await using var scope = await UserScopes.ForAsync(portal, "admin");
        var audit = scope.ServiceProvider.GetRequiredService<AuditService>();
        Assert.Equal(0, (await audit.QueryAsync(new AuditFilter(null, "prov\0ince", null, null), 0)).Total);
        Assert.True((await audit.QueryAsync(new AuditFilter(null, "province", null, null), 0)).Total > 0);
    }

    [Fact]
    public async Task A_nul_in_a_typed_note_is_refused_by_the_save_and_nothing_is_stored()
    {
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2023))!;
        var row = form.Request.Rows[0];
        (row.Value, row.Note) = (1m, "说明\0");

        var result = await entry.SaveAsync(form.Request);

        Assert.Equal(OutcomeKind.Invalid, result.Kind);
        Assert.Contains(result.Errors, e => e.Contains("控制字符", StringComparison.Ordinal));
        Assert.Null((await entry.LoadAsync(2023))!.Request.Rows[0].Value);
    }

    [Theory]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("=1+1")]
    public void A_formula_behind_a_tab_or_carriage_return_is_escaped_in_csv(string text) =>
        Assert.StartsWith("'", CsvText.Field(new CsvField(text)).TrimStart('"'), StringComparison.Ordinal);

    private static async Task<int> FirstPlanIdAsync(HttpClient client)
    {
        using var plans = JsonDocument.Parse(await client.GetStringAsync("/api/v1/plans"));
        return plans.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32();
    }

    /// <summary>Production (where status-code pages re-execute HTML), with the demo accounts added after start.</summary>
    public sealed class Portal : PortalFactory
    {
        public override async Task InitializeAsync()
        {
            ConnectionString = await TestPostgres.CreateDatabaseAsync("hostile");
            Start();
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().EnsureDemoAccountsAsync();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Admin:InitialPassword", "hostile parameters: copper lantern 91");
        }
    }
}
