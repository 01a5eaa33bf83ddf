using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Builds the 第X章 / 第X节 outline and files paragraphs under it. A chapter number that does not move forward
/// (第一章 again after 第十章) means what came before was a table of contents: the outline starts again.
/// </summary>
internal sealed class OutlineBuilder
{
    private readonly List<ChapterBuilder> _chapters = [];

    public int? CurrentChapter => _chapters.Count == 0 ? null : _chapters[^1].Number;

    public int? CurrentSection => _chapters.Count == 0 || _chapters[^1].Sections.Count == 0 ? null : _chapters[^1].Sections[^1].Number;

    /// <summary>True when the chapter restarted the outline (the earlier headings were a table of contents).</summary>
    public bool StartChapter(int number, string title)
    {
        var restarted = false;
        if (_chapters.Count > 0 && number <= _chapters[^1].Number)
        {
            _chapters.Clear();
            restarted = true;
        }

        _chapters.Add(new ChapterBuilder(number, title));
        return restarted;
    }

    public void StartSection(int number, string title)
    {
        if (_chapters.Count == 0)
        {
            _chapters.Add(new ChapterBuilder(0, string.Empty));
        }

        _chapters[^1].Sections.Add(new SectionBuilder(number, title));
    }

    public void AddParagraph(string text)
    {
        if (_chapters.Count == 0)
        {
            return;
        }

        var chapter = _chapters[^1];
        if (chapter.Sections.Count > 0)
        {
            chapter.Sections[^1].Paragraphs.Add(text);
        }
        else
        {
            chapter.Paragraphs.Add(text);
        }
    }

    public IReadOnlyList<ParsedChapter> Build() =>
        _chapters.Where(c => c.Number > 0 || c.Sections.Count > 0).Select(c => new ParsedChapter
        {
            Number = c.Number,
            Title = c.Title,
            Paragraphs = c.Paragraphs,
            Sections = c.Sections.Select(s => new ParsedSection { Number = s.Number, Title = s.Title, Paragraphs = s.Paragraphs }).ToList(),
        }).ToList();

    private sealed record ChapterBuilder(int Number, string Title)
    {
        public List<string> Paragraphs { get; } = [];

        public List<SectionBuilder> Sections { get; } = [];
    }

    private sealed record SectionBuilder(int Number, string Title)
    {
        public List<string> Paragraphs { get; } = [];
    }
}
