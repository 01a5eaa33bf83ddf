using System.Buffers.Binary;
using System.Text;

namespace PlanTracker.LoadTests.Circuit;

/// <summary>The frame kinds of a render batch (Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrameType).</summary>
public enum FrameType
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}

/// <summary>The edit kinds of a component's diff (RenderTreeEditType).</summary>
public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>One frame as the server sends it: 20 bytes, whose meaning depends on the kind.</summary>
public readonly record struct Frame(FrameType Type, int SubtreeLength, string? Name, string? Value, ulong EventHandlerId, int ComponentId);

public readonly record struct Edit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

public sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

/// <summary>
/// A render batch read from the binary form the server writes for blazor.web.js (RenderBatchWriter in ASP.NET Core):
/// the diffs, the reference frames they point into, and the disposed components and event handlers. The offsets of
/// the five sections are the last 20 bytes; strings are a table of BinaryWriter strings.
/// </summary>
public sealed class RenderBatch
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    public required IReadOnlyList<ComponentDiff> Diffs { get; init; }
    public required IReadOnlyList<Frame> Frames { get; init; }
    public required IReadOnlyList<int> DisposedComponentIds { get; init; }
    public required IReadOnlyList<ulong> DisposedEventHandlerIds { get; init; }

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        var end = data.Length - 20;
        var diffsAt = Int(data, end);
        var framesAt = Int(data, end + 4);
        var disposedComponentsAt = Int(data, end + 8);
        var disposedHandlersAt = Int(data, end + 12);
        var stringsAt = Int(data, end + 16);

        var strings = ReadStrings(data, stringsAt, end);
        string? Str(int index) => index < 0 ? null : strings[index];

        var frameCount = Int(data, framesAt);
        var frames = new Frame[frameCount];
        for (var i = 0; i < frameCount; i++)
        {
            var at = framesAt + 4 + i * FrameSize;
            var type = (FrameType)Int(data, at);
            frames[i] = type switch
            {
                FrameType.Attribute => new Frame(type, 0, Str(Int(data, at + 4)), Str(Int(data, at + 8)), BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 12)..]), 0),
                FrameType.Element => new Frame(type, Int(data, at + 4), Str(Int(data, at + 8)), null, 0, 0),
                FrameType.Component => new Frame(type, Int(data, at + 4), null, null, 0, Int(data, at + 8)),
                FrameType.Region => new Frame(type, Int(data, at + 4), null, null, 0, 0),
                FrameType.Text or FrameType.Markup or FrameType.ElementReferenceCapture => new Frame(type, 0, null, Str(Int(data, at + 4)), 0, 0),
                _ => new Frame(type, 0, null, null, 0, 0),
            };
        }

        var diffCount = Int(data, diffsAt);
        var diffs = new ComponentDiff[diffCount];
        for (var i = 0; i < diffCount; i++)
        {
            var at = Int(data, diffsAt + 4 + i * 4);
            var componentId = Int(data, at);
            var editCount = Int(data, at + 4);
            var edits = new Edit[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var editAt = at + 8 + e * EditSize;
                edits[e] = new Edit((EditType)Int(data, editAt), Int(data, editAt + 4), Int(data, editAt + 8), Str(Int(data, editAt + 12)));
            }

            diffs[i] = new ComponentDiff(componentId, edits);
        }

        var disposedComponents = new int[Int(data, disposedComponentsAt)];
        for (var i = 0; i < disposedComponents.Length; i++)
        {
            disposedComponents[i] = Int(data, disposedComponentsAt + 4 + i * 4);
        }

        var disposedHandlers = new ulong[Int(data, disposedHandlersAt)];
        for (var i = 0; i < disposedHandlers.Length; i++)
        {
            disposedHandlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(disposedHandlersAt + 4 + i * 8)..]);
        }

        return new RenderBatch { Diffs = diffs, Frames = frames, DisposedComponentIds = disposedComponents, DisposedEventHandlerIds = disposedHandlers };
    }

    private static int Int(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(data[at..]);

    private static string[] ReadStrings(ReadOnlySpan<byte> data, int tableAt, int tableEnd)
    {
        var strings = new string[(tableEnd - tableAt) / 4];
        for (var i = 0; i < strings.Length; i++)
        {
            var at = Int(data, tableAt + i * 4);
            var length = Varint.Read(data, ref at);
            strings[i] = Encoding.UTF8.GetString(data.Slice(at, length));
        }

        return strings;
    }
}
