using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace PlanTracker.LoadTests.Circuit;

/// <summary>
/// A headless Blazor Server client: one real circuit, started the way blazor.web.js starts it for a prerendered
/// page (StartCircuit, then UpdateRootComponents with the page's server markers and state), acknowledging every
/// render batch, answering the server's JS calls, keeping a <see cref="DomMirror"/> of the page and dispatching
/// browser events to its handlers. Waits are for states of the page, never for time.
/// </summary>
public sealed partial class CircuitClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly HubConnection _hub;
    private readonly DomMirror _dom = new();
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _calls = new();
    private readonly PortalAccount _account;
    private readonly Uri _baseUri;
    private TaskCompletionSource _changed = NewSignal();
    private long _rendererObjectId = -1;
    private int _nextCallId;
    private string? _secret;
    private ConcurrentQueue<string>? _sent;

    private CircuitClient(HubConnection hub, PortalAccount account, Uri location)
    {
        _hub = hub;
        _account = account;
        _baseUri = account.BaseUri;
        Location = location;
    }

    public Uri Location { get; private set; }

    /// <summary>The circuit error the server reported (JS.Error), if any: the circuit is then dead.</summary>
    public string? Error { get; private set; }

    /// <summary>The invocations this client sent, when opened with <c>recordCalls</c> (the check against Chromium).</summary>
    public IReadOnlyCollection<string> SentCalls => _sent ?? [];

    public static async Task<CircuitClient> OpenAsync(PortalAccount account, string relativeUrl, CancellationToken cancellationToken, bool recordCalls = false)
    {
        var location = new Uri(account.BaseUri, relativeUrl);
        var html = await account.Http.GetStringAsync(location, cancellationToken);
        var markers = ServerMarkers().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!).ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{relativeUrl} has no interactive server component.");
        }

        var state = ComponentState().Match(html) is { Success: true } found ? found.Groups[1].Value : "";
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(account.BaseUri, "_blazor"), options =>
            {
                options.Cookies = account.Cookies;
                options.SkipNegotiation = true;
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            });
        // The connection takes the last protocol registered: blazorpack, the only one the circuit hub accepts.
        var sent = recordCalls ? new ConcurrentQueue<string>() : null;
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol { Sent = sent });
        var hub = builder.Build();
        var client = new CircuitClient(hub, account, location) { _sent = sent };
        client.Listen();
        await hub.StartAsync(cancellationToken);

        client._secret = await hub.InvokeAsync<string>("StartCircuit", account.BaseUri.ToString(), location.ToString(), "[]", state, cancellationToken);
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray(markers.Select((marker, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = marker,
            }).ToArray()),
        };
        await hub.SendAsync("UpdateRootComponents", operations.ToJsonString(), state, cancellationToken);
        await client.WaitUntilAsync(dom => dom.Find(e => e["data-interactive"] == "true") is not null, cancellationToken);
        return client;
    }

    private void Listen()
    {
        _hub.On<int, byte[]>("JS.RenderBatch", async (batchId, data) =>
        {
            var batch = RenderBatch.Read(data);
            lock (_gate)
            {
                _dom.Apply(batch);
            }

            await _hub.SendAsync("OnRenderCompleted", (long)batchId, (string?)null);
            Pulse();
        });
        // (taskId, identifier, argsJson, resultType, targetInstanceId, callType)
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], (args, _) =>
            AnswerJsAsync((long)args[0]!, (string)args[1]!, (string?)args[2]), new object());
        _hub.On<string, bool, string>("JS.EndInvokeDotNet", (callId, succeeded, result) =>
        {
            if (_calls.TryRemove(callId, out var call))
            {
                if (succeeded)
                {
                    call.TrySetResult(result);
                }
                else
                {
                    call.TrySetException(new InvalidOperationException($"The server's handler failed: {result}"));
                }
            }
        });
        _hub.On<int, string>("JS.AttachComponent", (_, _) => { });
        _hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        _hub.On<string>("JS.Error", error =>
        {
            Error = error;
            Pulse();
        });
        _hub.Closed += _ =>
        {
            Error ??= "The connection closed.";
            Pulse();
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// What blazor.web.js does for the server's JS calls that matter to a circuit: it records the renderer's
    /// interop object and follows navigations; every other call (focus, scrolling, MudBlazor's element
    /// measuring) succeeds with no result, as a page with nothing to measure would answer.
    /// </summary>
    private async Task AnswerJsAsync(long handle, string identifier, string? argsJson)
    {
        var args = string.IsNullOrEmpty(argsJson) ? default : JsonDocument.Parse(argsJson).RootElement;
        if (identifier == "Blazor._internal.attachWebRendererInterop" && args.ValueKind == JsonValueKind.Array)
        {
            _rendererObjectId = args[1].GetProperty("__dotNetObject").GetInt64();
        }
        else if (identifier == "Blazor._internal.navigationManager.navigateTo" && args.ValueKind == JsonValueKind.Array)
        {
            var target = new Uri(_baseUri, args[0].GetString());
            Location = target;
            _ = _hub.SendAsync("OnLocationChanged", target.ToString(), (string?)null, false);
        }

        if (handle != 0)
        {
            await _hub.SendAsync("EndInvokeJSFromDotNet", handle, true, JsonSerializer.Serialize(new object?[] { handle, true, Answer(identifier) }));
        }
    }

    /// <summary>The answers a 1280 × 720 Chromium gave (recorded in docs/benchmarks-load.md) to the calls that return something.</summary>
    private static object? Answer(string identifier) => identifier switch
    {
        "window.hasOwnProperty" => true,
        "mudpopoverHelper.countProviders" => 0,
        "mudElementRef.getBoundingClientRect" => new { x = 0, y = 56, width = 199, height = 664, top = 56, right = 199, bottom = 720, left = 0, scrollY = 0, scrollX = 0, windowHeight = 720, windowWidth = 1280 },
        "mudResizeListener.getBrowserWindowSize" => new { height = 720, width = 1280 },
        _ => null,
    };

    /// <summary>Sends a browser event to the element's handler and returns once the server has taken it.</summary>
    public async Task DispatchAsync(ElementNode element, string eventName, object eventArgs, object? fieldInfo = null, CancellationToken cancellationToken = default)
    {
        if (!element.Handlers.TryGetValue(eventName, out var handlerId))
        {
            throw new InvalidOperationException($"<{element.Name}> has no {eventName} handler.");
        }

        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[callId] = done;
        var descriptor = new { eventHandlerId = handlerId, eventName, eventFieldInfo = fieldInfo };
        await _hub.SendAsync("BeginInvokeDotNetFromJS", callId, (string?)null, "DispatchEventAsync", _rendererObjectId,
            JsonSerializer.Serialize(new object[] { descriptor, eventArgs }), cancellationToken);
        await done.Task.WaitAsync(Patience, cancellationToken);
    }

    public Task ClickAsync(ElementNode element, CancellationToken cancellationToken = default) =>
        DispatchAsync(element, "click", new { type = "click", detail = 1, button = 0, buttons = 0 }, null, cancellationToken);

    /// <summary>The press that opens a MudSelect's list.</summary>
    public Task MouseDownAsync(ElementNode element, CancellationToken cancellationToken = default) =>
        DispatchAsync(element, "mousedown", new { type = "mousedown", detail = 1, button = 0, buttons = 1 }, null, cancellationToken);

    /// <summary>Types a value and leaves the field: the change event @bind listens to.</summary>
    public Task ChangeAsync(ElementNode element, string value, CancellationToken cancellationToken = default) =>
        DispatchAsync(element, "change", new { value }, new { componentId = element.ComponentId, fieldValue = value }, cancellationToken);

    public T Read<T>(Func<DomMirror, T> read)
    {
        lock (_gate)
        {
            return read(_dom);
        }
    }

    /// <summary>Waits until the page satisfies <paramref name="condition"/>, checked after every render batch.</summary>
    public async Task WaitUntilAsync(Func<DomMirror, bool> condition, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Patience);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition(_dom))
                {
                    return;
                }

                changed = _changed.Task;
            }

            if (Error is not null)
            {
                throw new InvalidOperationException($"The circuit failed: {Error}");
            }

            await changed.WaitAsync(limit.Token);
        }
    }

    private void Pulse()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = NewSignal();
        }

        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Leaves the page as blazor.web.js does when a tab closes: the disconnect beacon ends the circuit at once
    /// (otherwise the server keeps a disconnected circuit for minutes, waiting for the tab to come back).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_secret is not null && _hub.State == HubConnectionState.Connected)
        {
            try
            {
                using var beacon = await _account.Http.PostAsync("_blazor/disconnect", new FormUrlEncodedContent([KeyValuePair.Create("circuitId", _secret)]));
            }
            catch (HttpRequestException)
            {
                // the portal has gone; nothing to end
            }
        }

        await _hub.DisposeAsync();
    }

    [GeneratedRegex(@"<!--Blazor:(\{""type"":""server"".*?\})-->", RegexOptions.Singleline)]
    private static partial Regex ServerMarkers();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ComponentState();
}
