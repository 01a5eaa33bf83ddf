using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Collects 专栏 and their numbered items. Items come in two styles: "1.标题。正文" on one line, or "01 标题" on its
/// own line followed by the text. In a PDF dump an "01"-style item can be displaced after body text; it is kept in
/// its 专栏 when its number is the next one expected.
/// </summary>
internal sealed partial class SpecialColumnBuilder(ParseContext context)
{
    private const int MaxTitleLength = 60;
    private readonly List<ColumnBuilder> _columns = [];
    private ColumnBuilder? _current;

    public void Start(int number, string title, int? chapter, int? section)
    {
        _current = new ColumnBuilder(number, title, chapter, section);
        _columns.Add(_current);
    }

    public void Close() => _current = null;

    /// <summary>Marks the open 专栏 as a table of indicators or projects.</summary>
    public void MarkTable(string kind)
    {
        if (_current is { Items.Count: 0 })
        {
            _current.Kind = kind;
        }
    }

    /// <summary>True when the text belonged to a 专栏 (an item or an item's text).</summary>
    public bool TryAccept(string text, int line)
    {
        if (_current is not null)
        {
            if (_current.Kind == "items" && AcceptInOpenColumn(_current, text))
            {
                return true;
            }

            _current = null;
        }

        var last = _columns.Count > 0 ? _columns[^1] : null;
        if (last is { Style: ItemStyle.Padded } && TryPadded(text, last.NextNumber, out var title))
        {
            context.Warn(line, $"专栏{last.Number}的第{last.NextNumber}项出现在正文中（版面错位），已归入专栏{last.Number}");
            last.Items.Add(new ItemBuilder(last.NextNumber, title));
            _current = last;
            return true;
        }

        return false;
    }

    public IReadOnlyList<ParsedSpecialColumn> Build() =>
        _columns.Select(c => new ParsedSpecialColumn
        {
            Number = c.Number,
            Title = c.Title,
            ChapterNumber = c.Chapter,
            SectionNumber = c.Section,
            Kind = c.Kind,
            Items = c.Items.Select(i => new ParsedSpecialColumnItem
            {
                Number = i.Number,
                Title = i.Title,
                Text = i.Text,
                Targets = ItemTargetReader.Read(i.Text),
            }).ToList(),
        }).ToList();

    private static bool AcceptInOpenColumn(ColumnBuilder column, string text)
    {
        var next = column.NextNumber;
        if (column.Style != ItemStyle.Inline && TryPadded(text, next, out var title))
        {
            column.Style = ItemStyle.Padded;
            column.Items.Add(new ItemBuilder(next, title));
            return true;
        }

        var inline = Patterns.InlineItem().Match(text);
        if (!inline.Success)
        {
            // "5.12333线上服务体系建设": the item number is followed by digits that are not a decimal fraction.
            inline = LooseInlineItem().Match(text);
        }

        if (column.Style != ItemStyle.Padded && inline.Success && Number(inline.Groups[1].Value) == next)
        {
            column.Style = ItemStyle.Inline;
            AddInline(column, next, inline.Groups[2].Value);
            return true;
        }

        if (column.Style == ItemStyle.Padded && column.Items.Count > 0 && !column.Items[^1].Complete && !Patterns.ParagraphMarker().IsMatch(text))
        {
            var item = column.Items[^1];
            item.Append(text);
            item.Complete = EndsSentence(text) || item.TextLength > TextTools.MaxLineLength;
            return true;
        }

        return false;
    }

    private static bool TryPadded(string text, int expected, out string title)
    {
        title = string.Empty;
        var match = Patterns.PaddedItem().Match(text);
        if (!match.Success || text.Length > MaxTitleLength || text.Contains('。', StringComparison.Ordinal) || Number(match.Groups[1].Value) != expected)
        {
            return false;
        }

        title = match.Groups[2].Value.Trim();
        return true;
    }

    /// <summary>"标题：正文" or "标题。正文"; splits off items run together on one line ("…。6.人力资源市场供求信息监测行动：…").</summary>
    private static void AddInline(ColumnBuilder column, int number, string rest)
    {
        while (true)
        {
            string? following = null;
            foreach (Match glued in GluedItem().Matches(rest))
            {
                if (Number(glued.Groups[1].Value) == number + 1)
                {
                    following = rest[(glued.Index + 1)..];
                    rest = rest[..(glued.Index + 1)];
                    break;
                }
            }

            var cut = rest.IndexOfAny(['：', ':', '。']);
            var item = cut > 0 && cut <= MaxTitleLength
                ? new ItemBuilder(number, rest[..cut].Trim()) { Text = rest[(cut + 1)..].Trim() }
                : new ItemBuilder(number, rest.Trim());
            item.Complete = true;
            column.Items.Add(item);
            if (following is null)
            {
                return;
            }

            var match = Patterns.InlineItem().Match(following);
            number++;
            rest = match.Success ? match.Groups[2].Value : following;
        }
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('”', '’', '"', '）', ')');
        return trimmed.EndsWith('。') || trimmed.EndsWith('！');
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{1,2})\s*[.、．](?!\d{1,2}(?:\.\d+)?\s*(?:万|亿|%|％|个|人|家|年))\s*(\S.*)$")]
    private static partial Regex LooseInlineItem();

    [GeneratedRegex(@"。\s*(\d{1,2})\s*[.、．](?!\d)")]
    private static partial Regex GluedItem();

    private enum ItemStyle
    {
        Unknown,
        Inline,
        Padded,
    }

    private sealed class ColumnBuilder(int number, string title, int? chapter, int? section)
    {
        public int Number => number;

        public string Title => title;

        public int? Chapter => chapter;

        public int? Section => section;

        public string Kind { get; set; } = "items";

        public ItemStyle Style { get; set; }

        public List<ItemBuilder> Items { get; } = [];

        public int NextNumber => Items.Count == 0 ? 1 : Items[^1].Number + 1;
    }

    private sealed class ItemBuilder(int number, string title)
    {
        private WrappedText? _text;

        public int Number => number;

        public string Title => title;

        public string Text
        {
            get => _text?.ToString() ?? string.Empty;
            set => _text = new WrappedText(value);
        }

        public int TextLength => _text?.Length ?? 0;

        public void Append(string piece)
        {
            _text ??= new WrappedText(string.Empty);
            _text.Append(piece);
        }

        public bool Complete { get; set; }
    }
}
