using System.Net;
using AngleSharp.Html.Parser;

namespace PlanTracker.LoadTests.Circuit;

/// <summary>
/// One signed-in account: its cookies, got by posting the sign-in form as a browser does (hidden fields and the
/// antiforgery token included). Several simulated users of one account share it, as several tabs would.
/// </summary>
public sealed class PortalAccount : IDisposable
{
    private readonly HttpClientHandler _handler;

    private PortalAccount(Uri baseUri, string userName, HttpClientHandler handler, HttpClient http)
    {
        BaseUri = baseUri;
        UserName = userName;
        _handler = handler;
        Http = http;
    }

    public Uri BaseUri { get; }

    public string UserName { get; }

    public HttpClient Http { get; }

    public CookieContainer Cookies => _handler.CookieContainer;

    public static async Task<PortalAccount> SignInAsync(Uri baseUri, string userName, string password, CancellationToken cancellationToken)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true, UseCookies = true };
        var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        var session = new PortalAccount(baseUri, userName, handler, http);
        try
        {
            var page = await http.GetStringAsync("account/login", cancellationToken);
            var form = new HtmlParser().ParseDocument(page).QuerySelector("form[method=post]")
                ?? throw new InvalidOperationException("The sign-in page has no form.");
            var fields = form.QuerySelectorAll("input[type=hidden]")
                .Where(input => input.GetAttribute("name") is not null)
                .Select(input => KeyValuePair.Create(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""))
                .Append(KeyValuePair.Create("Input.UserName", userName))
                .Append(KeyValuePair.Create("Input.Password", password));
            using var response = await http.PostAsync(form.GetAttribute("action") is { Length: > 0 } action ? action : "account/login",
                new FormUrlEncodedContent(fields), cancellationToken);
            response.EnsureSuccessStatusCode();
            if (response.RequestMessage?.RequestUri?.AbsolutePath.Contains("/account/login", StringComparison.OrdinalIgnoreCase) == true)
            {
                throw new InvalidOperationException($"Sign-in as {userName} was refused.");
            }

            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }
}
