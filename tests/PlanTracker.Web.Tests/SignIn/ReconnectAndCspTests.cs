using AngleSharp.Html.Parser;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>The CSP's connect-src and the reconnect dialog (issue 11, defect 10); Chromium checks in SessionBrowserTests.</summary>
[Collection(PortalCollection.Name)]
public class ReconnectAndCspTests(PortalFactory portal)
{
    [Fact]
    public async Task Connect_src_is_self_only_with_no_websocket_wildcard()
    {
        var response = await portal.CreateBrowserLikeClient().GetAsync("/account/login");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var connect = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("connect-src", StringComparison.Ordinal));

        Assert.Equal("connect-src 'self'", connect);
    }

    [Fact]
    public async Task The_reconnect_dialog_has_no_inline_script_and_its_reload_script_is_served()
    {
        var client = portal.CreateBrowserLikeClient();
        var document = new HtmlParser().ParseDocument(await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync());
        var modal = document.QuerySelector("#components-reconnect-modal")!;

        var elements = modal.QuerySelectorAll("*").Prepend(modal).ToList();
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(elements, e => (e.GetAttribute("href") ?? string.Empty).Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, modal.QuerySelectorAll("button[data-reload-page]").Length);
        var module = document.QuerySelectorAll("script[type=module]")
            .Select(s => s.GetAttribute("src") ?? string.Empty)
            .Single(src => src.Contains("ReconnectModal", StringComparison.Ordinal));
        var script = await client.GetStringAsync("/" + module);
        Assert.Contains("data-reload-page", script);
        Assert.Contains("location.reload()", script);
    }
}
