using System.Text;

namespace PlanTracker.LoadTests.Circuit;

public abstract class Node
{
    public ContainerNode? Parent { get; set; }
}

public abstract class ContainerNode : Node
{
    public List<Node> Children { get; } = [];

    public void Insert(int index, Node child)
    {
        child.Parent = this;
        Children.Insert(Math.Min(index, Children.Count), child);
    }
}

/// <summary>A component's place in the tree: its rendered nodes are its children (blazor.web.js's logical container).</summary>
public sealed class ComponentNode(int componentId) : ContainerNode
{
    public int ComponentId { get; } = componentId;
}

public sealed class ElementNode(string name, int componentId) : ContainerNode
{
    public string Name { get; } = name;

    /// <summary>The component that rendered this element: a change event names it in its field info.</summary>
    public int ComponentId { get; } = componentId;

    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name (click, change, input…) to the server's handler id.</summary>
    public Dictionary<string, ulong> Handlers { get; } = new(StringComparer.Ordinal);

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);
}

public sealed class TextNode(string? text, bool markup) : Node
{
    public string? Text { get; set; } = text;

    /// <summary>Raw HTML: Razor's static text and an icon's SVG paths; <see cref="DomMirror.TextOf"/> keeps only its text.</summary>
    public bool Markup { get; } = markup;
}

/// <summary>
/// The page as blazor.web.js would hold it, built from render batches the way its BrowserRenderer applies them:
/// regions are flattened into their parent, a component is one logical child whose nodes come in its own diff,
/// attribute frames that follow an element frame belong to it. Enough to find elements and their event handlers.
/// </summary>
public sealed partial class DomMirror
{
    private readonly Dictionary<int, ComponentNode> _components = [];
    private readonly List<ComponentNode> _roots = [];

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.Diffs)
        {
            ApplyDiff(batch, diff);
        }

        foreach (var id in batch.DisposedComponentIds)
        {
            if (_components.Remove(id, out var component))
            {
                _roots.Remove(component);
            }
        }
    }

    private void ApplyDiff(RenderBatch batch, ComponentDiff diff)
    {
        if (!_components.TryGetValue(diff.ComponentId, out var component))
        {
            component = new ComponentNode(diff.ComponentId);
            _components[diff.ComponentId] = component;
            _roots.Add(component);
        }

        ContainerNode parent = component;
        var permutation = new List<(int From, int To)>();
        foreach (var edit in diff.Edits)
        {
            var index = edit.SiblingIndex;
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    InsertFrame(batch, diff.ComponentId, parent, index, edit.ReferenceFrameIndex);
                    break;
                case EditType.RemoveFrame:
                    if (index < parent.Children.Count)
                    {
                        parent.Children.RemoveAt(index);
                    }

                    break;
                case EditType.SetAttribute:
                    if (parent.Children[index] is ElementNode element)
                    {
                        ApplyAttribute(element, batch.Frames[edit.ReferenceFrameIndex]);
                    }

                    break;
                case EditType.RemoveAttribute:
                    if (parent.Children[index] is ElementNode target && edit.RemovedAttributeName is { } removed)
                    {
                        target.Attributes.Remove(removed);
                        if (removed.StartsWith("on", StringComparison.Ordinal))
                        {
                            target.Handlers.Remove(removed[2..]);
                        }
                    }

                    break;
                case EditType.UpdateText:
                case EditType.UpdateMarkup:
                    if (parent.Children[index] is TextNode text)
                    {
                        text.Text = batch.Frames[edit.ReferenceFrameIndex].Value;
                    }

                    break;
                case EditType.StepIn:
                    parent = (ContainerNode)parent.Children[index];
                    break;
                case EditType.StepOut:
                    parent = parent.Parent ?? component;
                    break;
                case EditType.PermutationListEntry:
                    permutation.Add((index, edit.ReferenceFrameIndex));
                    break;
                case EditType.PermutationListEnd:
                    var moved = permutation.Select(p => (p.To, Node: parent.Children[p.From])).ToList();
                    foreach (var (to, node) in moved)
                    {
                        parent.Children[to] = node;
                    }

                    permutation.Clear();
                    break;
            }
        }
    }

    /// <summary>Inserts the frame at <paramref name="frameIndex"/>; returns how many siblings it became.</summary>
    private int InsertFrame(RenderBatch batch, int componentId, ContainerNode parent, int childIndex, int frameIndex)
    {
        var frame = batch.Frames[frameIndex];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new ElementNode(frame.Name ?? "", componentId);
                parent.Insert(childIndex, element);
                var end = frameIndex + frame.SubtreeLength;
                var child = frameIndex + 1;
                for (; child < end && batch.Frames[child].Type == FrameType.Attribute; child++)
                {
                    ApplyAttribute(element, batch.Frames[child]);
                }

                InsertRange(batch, componentId, element, 0, child, end);
                return 1;
            case FrameType.Text:
            case FrameType.Markup:
                parent.Insert(childIndex, new TextNode(frame.Value, frame.Type == FrameType.Markup));
                return 1;
            case FrameType.Component:
                var component = new ComponentNode(frame.ComponentId);
                _components[frame.ComponentId] = component;
                parent.Insert(childIndex, component);
                return 1;
            case FrameType.Region:
                return InsertRange(batch, componentId, parent, childIndex, frameIndex + 1, frameIndex + frame.SubtreeLength);
            default:
                return 0;
        }
    }

    private int InsertRange(RenderBatch batch, int componentId, ContainerNode parent, int childIndex, int start, int end)
    {
        var first = childIndex;
        for (var index = start; index < end; index++)
        {
            var frame = batch.Frames[index];
            childIndex += InsertFrame(batch, componentId, parent, childIndex, index);
            if (frame.Type is FrameType.Element or FrameType.Region or FrameType.Component)
            {
                index += frame.SubtreeLength - 1; // its descendants were inserted with it (a component's parameters are not nodes)
            }
        }

        return childIndex - first;
    }

    private static void ApplyAttribute(ElementNode element, Frame frame)
    {
        var name = frame.Name ?? "";
        if (frame.EventHandlerId != 0)
        {
            element.Handlers[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = frame.EventHandlerId;
            return;
        }

        element.Attributes[name] = frame.Value;
    }

    public IEnumerable<ElementNode> Elements() => _roots.SelectMany(Descendants);

    /// <summary>The elements inside <paramref name="node"/>, in document order (through nested components).</summary>
    public static IEnumerable<ElementNode> Descendants(ContainerNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is ElementNode element)
            {
                yield return element;
            }

            if (child is ContainerNode container)
            {
                foreach (var nested in Descendants(container))
                {
                    yield return nested;
                }
            }
        }
    }

    public ElementNode? Find(Func<ElementNode, bool> match) => Elements().FirstOrDefault(match);

    public static string TextOf(Node node)
    {
        var text = new StringBuilder();
        Collect(node, text);
        return text.ToString();

        static void Collect(Node node, StringBuilder text)
        {
            if (node is TextNode t)
            {
                text.Append(t.Markup && t.Text is { } html ? Tags().Replace(html, "") : t.Text);
            }
            else if (node is ContainerNode container)
            {
                foreach (var child in container.Children)
                {
                    Collect(child, text);
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tags();
}
