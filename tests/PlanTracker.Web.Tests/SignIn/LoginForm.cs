using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>
/// The sign-in form fetched by its own client (own antiforgery cookie), ready to post. A client can connect from a
/// chosen loopback address (127.0.0.x), so that each test has its own "client address" for the per-address limit.
/// </summary>
public sealed class LoginForm(HttpClient client, IReadOnlyDictionary<string, string> hidden)
{
    public HttpClient Client => client;

    public static async Task<LoginForm> FetchAsync(PortalFactory portal, IPAddress? from = null)
    {
        var client = from is null ? portal.CreateBrowserLikeClient() : ClientFrom(portal, from);
        var page = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector("form[method=post]")!;
        return new LoginForm(client, form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty));
    }

    public static async Task<HttpResponseMessage> PostOnceAsync(PortalFactory portal, string userName, string password, IPAddress? from = null) =>
        await (await FetchAsync(portal, from)).PostAsync(userName, password);

    public Task<HttpResponseMessage> PostAsync(string userName, string password) =>
        client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>(hidden)
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));

    private static HttpClient ClientFrom(PortalFactory portal, IPAddress from)
    {
        var port = new Uri(portal.BaseUrl).Port;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri(portal.BaseUrl) };
    }
}
