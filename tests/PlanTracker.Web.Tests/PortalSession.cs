using System.Net;
using AngleSharp.Html.Parser;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Tests;

/// <summary>Signs in over HTTP as a browser would: read the form (antiforgery token included), post it.</summary>
public static class PortalSession
{
    public const string Password = AccountSeeder.DemoPassword;

    public static async Task<HttpClient> SignInAsync(PortalFactory portal, string userName, string password = Password)
    {
        var client = portal.CreateBrowserLikeClient();
        var response = await PostLoginAsync(client, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {userName} failed: {(int)response.StatusCode} {await ErrorOf(response)}");
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password) =>
        await PostFormAsync(client, "/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    /// <summary>Fetches the page's form and posts it back with the given fields (hidden fields kept).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector("form[method=post]:not([action])") ?? document.QuerySelector("main form[method=post]") ?? document.QuerySelector("form[method=post]")!;
        var values = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>The form's error messages, for assertion messages and checks.</summary>
    public static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return string.Join(" ", document.QuerySelectorAll(".form-error").Select(e => e.TextContent.Trim()));
    }
}
