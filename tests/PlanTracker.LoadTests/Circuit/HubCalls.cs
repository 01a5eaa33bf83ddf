using System.Buffers;
using System.Text.Json;
using MessagePack;

namespace PlanTracker.LoadTests.Circuit;

/// <summary>
/// Hub calls named for comparison: the method, and for a browser event the event (<c>DispatchEventAsync:click</c>).
/// Used to check the harness against Chromium: both sides' calls for one journey, the browser's read from its
/// WebSocket frames (blazorpack: a varint length, then a MessagePack array per message).
/// </summary>
public static class HubCalls
{
    public static string Describe(string target, IReadOnlyList<object?> arguments) =>
        target == "BeginInvokeDotNetFromJS" && arguments.Count > 4 && arguments[2] as string == "DispatchEventAsync" && arguments[4] is string json
            ? $"DispatchEventAsync:{JsonDocument.Parse(json).RootElement[0].GetProperty("eventName").GetString()}"
            : target;

    /// <summary>The invocations in one WebSocket frame the browser sent.</summary>
    public static IReadOnlyList<string> InFrame(byte[] frame)
    {
        var calls = new List<string>();
        if (frame.Length > 0 && frame[0] == (byte)'{')
        {
            return calls; // the JSON handshake
        }

        var at = 0;
        while (at < frame.Length)
        {
            var length = Varint.Read(frame, ref at);
            if (at + length > frame.Length)
            {
                break;
            }

            var reader = new MessagePackReader(new ReadOnlySequence<byte>(frame, at, length));
            at += length;
            var count = reader.ReadArrayHeader();
            if (count < 5 || reader.ReadInt32() != 1)
            {
                continue; // not an invocation: a ping, a completion
            }

            reader.Skip(); // headers
            reader.Skip(); // invocation id
            var target = reader.ReadString() ?? "";
            var arguments = new object?[reader.ReadArrayHeader()];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = reader.NextMessagePackType == MessagePackType.String ? reader.ReadString() : Skip(ref reader);
            }

            calls.Add(Describe(target, arguments));
        }

        return calls;

        static object? Skip(ref MessagePackReader reader)
        {
            reader.Skip();
            return null;
        }
    }
}
