using System.Text;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Builds a paragraph or cell from wrapped pieces in linear time (<see cref="TextTools.JoinWrapped"/> on a growing
/// string copies it for every piece: quadratic for a long paragraph that never ends).
/// </summary>
internal sealed class WrappedText
{
    private readonly StringBuilder _builder = new();

    public WrappedText(string first) => _builder.Append(first);

    public int Length => _builder.Length;

    /// <summary>Appends like <see cref="TextTools.JoinWrapped"/>: no space between CJK text, one space between Latin words.</summary>
    public void Append(string piece)
    {
        var end = _builder.Length;
        while (end > 0 && char.IsWhiteSpace(_builder[end - 1]))
        {
            end--;
        }

        _builder.Length = end;
        var right = piece.TrimStart();
        if (right.Length == 0)
        {
            return;
        }

        if (end > 0 && !TextTools.IsWide(_builder[end - 1]) && !TextTools.IsWide(right[0]))
        {
            _builder.Append(' ');
        }

        _builder.Append(right);
    }

    public override string ToString() => _builder.ToString();
}
