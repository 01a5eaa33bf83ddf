using System.Net;
using AngleSharp.Html.Parser;

namespace PlanTracker.Web.Tests;

[Collection(PortalCollection.Name)]
public class PortalHttpTests(PortalFactory portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task Health_reports_the_database_healthy()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_page_is_Chinese_with_the_admins_navigation()
    {
        var admin = await PortalSession.SignInAsync(portal, "admin");
        var html = await admin.GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("首页 - PlanTracker 规划监测平台", document.Title);
        var nav = document.QuerySelector("nav.app-nav")!;
        foreach (var area in new[] { "首页", "规划", "仪表盘", "城市对比", "导入", "管理" })
        {
            Assert.Contains(area, nav.TextContent);
        }

        // The SDK's own script, fingerprinted by MapStaticAssets.
        Assert.Single(document.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blazor_script_is_served_as_javascript()
    {
        var response = await _client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.True(script.Length > 50_000, "the Blazor script is the full bundle");
        Assert.Contains("Blazor", script);

        Assert.Contains("components-reconnect-state-changed", script); // .NET 10's script: the events ReconnectModal listens to

        var again = new HttpRequestMessage(HttpMethod.Get, "/_framework/blazor.web.js");
        again.Headers.IfNoneMatch.ParseAdd(response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Unknown_address_gets_a_Chinese_not_found_page()
    {
        var signedIn = await PortalSession.SignInAsync(portal, "province");
        var response = await signedIn.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }
}
