using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Walks the elements of any layout in order and dispatches them: headings to the outline, 专栏 and items to the
/// special columns, table rows to the table reader, the rest to paragraphs.
/// </summary>
internal sealed partial class DocumentWalker(ParseContext context)
{
    private readonly OutlineBuilder _outline = new();
    private readonly SpecialColumnBuilder _columns = new(context);
    private readonly TableStep _tables = new(context);
    private TableRowChecks? _closed;
    private int _afterClose;

    public string? IndicatorFootnote => _tables.IndicatorFootnote;

    public void Walk(IReadOnlyList<Element> elements)
    {
        foreach (var element in elements)
        {
            try
            {
                Visit(element);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                context.Warn(element.Line, $"此处内容无法读取，已跳过（{ex.GetType().Name}）");
            }
        }

        // a plan never ends with a table (a 注 line, a chapter or a closing paragraph follows): the file was cut
        if (_tables.OpenTable is { } open && elements.Count > 0)
        {
            context.Warn(elements[^1].Line, $"文件在{open}中结束，表格可能不完整（文件是否被截断？）");
        }
        else if (_closed is not null && elements.Count > 0)
        {
            context.Warn(elements[^1].Line, $"文件在{_closed.Table}之后随即结束，表格可能不完整（文件是否被截断？）");
        }

        CloseTable();
    }

    public ParsedPlan Build(ParsedPlan plan) => plan with
    {
        Chapters = _outline.Build(),
        Indicators = _tables.Indicators,
        IndicatorFootnote = IndicatorFootnote,
        PreviousPeriod = _tables.PreviousResults,
        SpecialColumns = _columns.Build(),
        Projects = _tables.Projects,
    };

    private void Visit(Element element)
    {
        switch (element)
        {
            case TextElement text:
                VisitText(text.Line, text.Text.Trim());
                LookForLostRow(text.Line, text.Text);
                break;
            case RowElement row:
                VisitRow(row);
                LookForLostRow(row.Line, row.NonEmptyCells.FirstOrDefault() ?? string.Empty);
                break;
        }
    }

    /// <summary>
    /// After a table ended, the next few elements are checked: one that starts with the 序号 the table expected
    /// next means the table ended early (a damaged row broke it) and that row was not read.
    /// </summary>
    private void LookForLostRow(int line, string text)
    {
        if (_tables.OpenTable is not null || _closed is null)
        {
            return;
        }

        // the expected row itself, or one of the next two when the expected one is the damaged line
        // a damaged 序号 ("-13.", "|13.") still shows it
        var start = TextTools.CollapseCjkSpaces(text).TrimStart('-', '－', '—', '|', '+', '*', '#', '>', '[', '【', ' ');
        if (_closed.ExpectedNext is { } expected && Patterns.NumberedName().Match(start) is { Success: true } match
            && int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= expected && number <= expected + 2)
        {
            context.Warn(line, $"{_closed.Table}在第{_closed.LastLine}行后中断：本行“{TextTools.Truncate(text.Trim(), 30)}”像是表格的第{number}行，未读入表格，请核对");
            _closed = null;
            return;
        }

        if (++_afterClose >= 3)
        {
            _closed = null;
        }
    }

    private void VisitText(int line, string text)
    {
        if (text.Length == 0 || TryHeading(line, text))
        {
            return;
        }

        var open = _tables.OpenTable is not null;
        var read = _tables.TryText(line, text);
        NoteClosed(open);
        if (read)
        {
            return;
        }

        if (_columns.TryAccept(text, line))
        {
            return;
        }

        if (LooksLikeIndicatorRow(text))
        {
            // e.g. the rows left after a table's title and header were cut away: kept as text, never silently
            context.Warn(line, $"第{line}行像是指标表的一行（序号、名称、数值、属性），但前面没有可识别的表头，未读入表格：{TextTools.Truncate(text, 40)}");
        }

        _outline.AddParagraph(text);
    }

    /// <summary>"9、人才队伍总量 万人 66 66.78 预期性": a 序号 and name, a number, and an attribute at the end.</summary>
    private static bool LooksLikeIndicatorRow(string text) =>
        text.Length <= 160 && Patterns.NumberedName().IsMatch(text) && IndicatorRowEnd().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\d[^。；]*\s(预期性|约束性)\s*$")]
    private static partial System.Text.RegularExpressions.Regex IndicatorRowEnd();

    private void VisitRow(RowElement row)
    {
        var nonEmpty = row.NonEmptyCells.Select(c => c.Trim()).ToList();
        if (nonEmpty.Count == 0)
        {
            return;
        }

        if (nonEmpty.Count == 1 && Patterns.IsHeadingLine(nonEmpty[0]) && TryHeading(row.Line, nonEmpty[0]))
        {
            return;
        }

        var layout = TableLayout.TryRecognise(row.Cells);
        if (layout is not null)
        {
            CloseTable();
            _tables.Open(layout, row.Line);
            _columns.MarkTable(layout.SpecialColumnKind);
            return;
        }

        if (_tables.OpenTable is not null)
        {
            var read = _tables.TryRow(row);
            NoteClosed(open: true);
            if (read)
            {
                return;
            }
        }

        if (nonEmpty.Count == 1)
        {
            VisitText(row.Line, nonEmpty[0]);
            return;
        }

        if (IsTableOfContentsRow(nonEmpty))
        {
            return;
        }

        if (TableLayout.LooksLikeUnreadableMainHeader(nonEmpty))
        {
            context.Warn(row.Line, $"第{row.Line}行像是指标表的表头，但认不出基期列和目标列（如{YearExamples()}“基期值”“目标值”），其后的表格未读入：{TextTools.Truncate(string.Join(" | ", nonEmpty), 60)}");
            return;
        }

        context.Warn(row.Line, $"无法识别的表格行，已忽略：{TextTools.Truncate(string.Join(" | ", nonEmpty), 60)}");
    }

    /// <summary>"“2020年”“2025年”" for a plan of 2021–2025: the baseline and target headers the plan's period would print; none when it is unknown.</summary>
    private string YearExamples() => context.Period is { } period ? $"“{period.BaselineYear}年”“{period.LastYear}年”" : string.Empty;

    private bool TryHeading(int line, string text)
    {
        if (!Patterns.IsHeadingLine(text))
        {
            return false;
        }

        var chapter = Patterns.Chapter().Match(text);
        if (chapter.Success && TextTools.ParseChineseNumber(chapter.Groups[1].Value) is { } chapterNumber)
        {
            CloseTable();
            _columns.Close();
            if (_outline.StartChapter(chapterNumber, HeadingTitle(chapter.Groups[2].Value)))
            {
                context.Warn(line, "章节编号重新开始：前面的章节标题视为目录，已忽略");
            }

            return true;
        }

        var section = Patterns.Section().Match(text);
        if (section.Success && TextTools.ParseChineseNumber(section.Groups[1].Value) is { } sectionNumber)
        {
            CloseTable();
            _columns.Close();
            _outline.StartSection(sectionNumber, HeadingTitle(section.Groups[2].Value));
            return true;
        }

        var column = Patterns.SpecialColumn().Match(text);
        if (column.Success)
        {
            CloseTable();
            var number = int.Parse(column.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            _columns.Start(number, TextTools.CollapseCjkSpaces(column.Groups[2].Value), _outline.CurrentChapter, _outline.CurrentSection);
            return true;
        }

        return false;
    }

    private void CloseTable()
    {
        if (_tables.Close() is { } checks)
        {
            _closed = checks;
            _afterClose = 0;
        }
    }

    /// <summary>After a row or line was offered to an open table: when that closed it, the next elements are watched for a lost row.</summary>
    private void NoteClosed(bool open)
    {
        if (open && _tables.OpenTable is null)
        {
            _closed = _tables.LastClosed;
            _afterClose = 0;
        }
    }

    /// <summary>"发展基础..... 2" in a table of contents: the title without leaders and page number.</summary>
    private static string HeadingTitle(string raw)
    {
        var title = raw;
        var leaders = Patterns.Leaders().Match(title);
        if (leaders.Success)
        {
            title = title[..leaders.Index];
        }

        return TextTools.CollapseCjkSpaces(title);
    }

    private static bool IsTableOfContentsRow(List<string> cells) =>
        cells.Any(c => Patterns.Leaders().IsMatch(c)) || (cells.Count == 2 && cells[1].All(char.IsAsciiDigit) && Patterns.IsHeadingLine(cells[0].Split('.')[0]));
}
