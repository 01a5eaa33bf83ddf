using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace PlanTracker.LoadTests.Circuit;

/// <summary>
/// The hub protocol blazor.web.js speaks: SignalR's MessagePack protocol under the name "blazorpack", the only
/// one the circuit hub accepts.
/// </summary>
public sealed class BlazorPackProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol _inner = new();

    public string Name => "blazorpack";

    /// <summary>The version blazor.web.js announces in its handshake.</summary>
    public int Version => 1;

    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        _inner.TryParseMessage(ref input, binder, out message);

    /// <summary>When set, every invocation this client sends, named by <see cref="HubCalls.Describe"/>.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string>? Sent { get; init; }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output)
    {
        if (Sent is not null && message is HubMethodInvocationMessage invocation)
        {
            Sent.Enqueue(HubCalls.Describe(invocation.Target, invocation.Arguments));
        }

        _inner.WriteMessage(message, output);
    }

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteMessage(message, buffer);
        return buffer.WrittenMemory;
    }
}
