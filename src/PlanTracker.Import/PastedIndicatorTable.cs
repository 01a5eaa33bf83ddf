using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;
using PlanTracker.Import.Parsing;
using PlanTracker.Import.Reading;
using PlanTracker.Import.Tables;

namespace PlanTracker.Import;

/// <summary>
/// What a pasted main-indicator table gave: its rows (the same model <see cref="PlanParser"/> produces), the
/// header's baseline and target years, the 注 line pasted with it, what was not used, or why nothing could be read.
/// </summary>
/// <param name="Indicators">The rows in pasted order; empty when <paramref name="Error"/> is set.</param>
/// <param name="BaselineYear">The baseline column's year (2020年 → 2020); null when the header says 基期 without a year.</param>
/// <param name="TargetYear">The target column's year (2025年 → 2025); null when the header says 目标 without a year.</param>
/// <param name="IndicatorFootnote">A 注：… line pasted under the table (never a row).</param>
/// <param name="Warnings">Lines not used, header cells not mapped to a field, doubtful rows: Chinese, with line numbers.</param>
/// <param name="Error">A Chinese message when nothing usable was pasted; null otherwise.</param>
public sealed record PastedTableResult(
    IReadOnlyList<ParsedIndicator> Indicators,
    int? BaselineYear,
    int? TargetYear,
    string? IndicatorFootnote,
    IReadOnlyList<ParseWarning> Warnings,
    string? Error)
{
    /// <summary>The plan period the header's years mean (baseline year + 1 to target year), by the same rule as a document's header; null without both years.</summary>
    public PlanPeriod? Period => TableLayout.PeriodOf(BaselineYear, TargetYear);
}

/// <summary>
/// Reads a main-indicator table (主要指标表) pasted from Word, WPS or Excel: tab-separated rows (Excel's quoted
/// cells with line breaks included), header of one or two rows, categories as rows or a 类别 column. Pure; never
/// throws. The rows are read by the document parser's own table step (<see cref="TableLayout"/>,
/// <see cref="TableRowRepair"/>, <see cref="TableStep"/>), so a pasted table reads as the same table in a document.
/// </summary>
public static class PastedIndicatorTable
{
    /// <summary>Longest paste read (characters); a longer one is refused without parsing.</summary>
    public const int MaxChars = 200_000;

    public const string EmptyError = "粘贴的内容为空，请从 Word、WPS 或 Excel 复制主要指标表（含表头）后粘贴。";

    public const string NoHeaderError = "粘贴的内容中没有找到主要指标表的表头：表头应有“指标”（或“指标名称”）列和基期、目标两列（如“2020年”“2025年”或“基期值”“目标值”）。";

    public static string TooLongError(int length) =>
        $"粘贴的内容过长（{length}个字符，最多{MaxChars}个字符），未读取。请只复制主要指标表。";

    public static string NoRowsError(int headerLine) =>
        $"粘贴的内容只有表头（第{headerLine}行），其后没有读到指标行。";

    public static PastedTableResult Parse(string? clipboardText)
    {
        if (string.IsNullOrWhiteSpace(clipboardText))
        {
            return Fail(EmptyError, []);
        }

        if (clipboardText.Length > MaxChars)
        {
            return Fail(TooLongError(clipboardText.Length), []);
        }

        var context = new ParseContext();
        try
        {
            return Read(clipboardText, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Fail($"粘贴的内容无法读取（{ex.GetType().Name}），请核对后重新粘贴。", context.Warnings.ToList());
        }
    }

    private static PastedTableResult Read(string text, ParseContext context)
    {
        var lines = ClipboardLines.Split(text).Select(l => LineNormaliser.Normalise(l.Number, l.Text, context)).ToList();
        if (lines.All(l => l.IsBlank))
        {
            return Fail(EmptyError, []);
        }

        var elements = TabSeparatedReader.Read(lines);
        if (PastedHeader.Find(elements) is not { } header)
        {
            return Fail(NoHeaderError + HeaderHint(elements), []);
        }

        for (var i = 0; i < header.Index; i++)
        {
            NotUsed(context, elements[i], "在表头之前");
        }

        // the header's years are the plan's period: they name the previous plan's table in warnings
        context.Period = header.Layout.Period;
        var table = TableRowRepair.Apply([header.Row, .. elements.Skip(header.BodyStart)], context);
        var step = new TableStep(context);
        step.Open(header.Layout, header.Row.Line);
        ReadBody(context, step, table.Skip(1));
        step.Close();
        if (step.Indicators.Count == 0)
        {
            return Fail(NoRowsError(header.Row.Line), context.Warnings.ToList());
        }

        return new PastedTableResult(
            step.Indicators,
            header.Layout.BaselineYear,
            header.Layout.TargetYear,
            step.IndicatorFootnote,
            context.Warnings.ToList(),
            null);
    }

    /// <summary>The rows after the header, as the walker reads a table: it ends at a 注 line, prose or another kind of table; what follows is not used.</summary>
    private static void ReadBody(ParseContext context, TableStep step, IEnumerable<Element> body)
    {
        string? ended = null;
        foreach (var element in body)
        {
            if (ended is not null)
            {
                NotUsed(context, element, ended);
                continue;
            }

            switch (element)
            {
                case RowElement row when !row.NonEmptyCells.Any():
                    break;
                case RowElement row when TableLayout.TryRecognise(row.Cells) is { } layout:
                    if (layout.Kind == TableKind.MainIndicators)
                    {
                        // the header again (a table copied in parts): one table, as in a document
                        step.Open(layout, row.Line);
                    }
                    else
                    {
                        step.Close();
                        ended = "在另一张表中（不是主要指标表）";
                        NotUsed(context, element, ended);
                    }

                    break;
                case RowElement row:
                    if (!step.TryRow(row))
                    {
                        ended = "在表格结束之后";
                        NotUsed(context, element, "不是表格行，表格在此结束");
                    }
                    else if (step.OpenTable is null)
                    {
                        ended = "在表注之后";
                    }

                    break;
                case TextElement line when line.Text.Trim().Length > 0:
                    if (!step.TryText(line.Line, line.Text.Trim()))
                    {
                        ended = "在表格结束之后";
                        NotUsed(context, element, "不是表格行，表格在此结束");
                    }
                    else if (step.OpenTable is null)
                    {
                        ended = "在表注之后";
                    }

                    break;
            }
        }
    }

    private static void NotUsed(ParseContext context, Element element, string where)
    {
        var text = element switch
        {
            RowElement row => string.Join(" | ", row.NonEmptyCells.Select(c => c.Trim())),
            TextElement line => line.Text.Trim(),
            _ => string.Empty,
        };
        if (text.Length > 0)
        {
            context.Warn(element.Line, $"第{element.Line}行{where}，未使用：{TextTools.Truncate(text, 60)}");
        }
    }

    /// <summary>Why a row that looks like the header is not one: it is another table's, or it names no baseline and target.</summary>
    private static string HeaderHint(IReadOnlyList<Element> elements)
    {
        foreach (var row in elements.OfType<RowElement>())
        {
            var cells = row.NonEmptyCells.Select(c => c.Trim()).ToList();
            if (TableLayout.TryRecognise(row.Cells) is { } other)
            {
                return $"第{row.Line}行是{TableKindNames.Of(other.Kind)}的表头，不是{TableKindNames.Of(TableKind.MainIndicators)}。";
            }

            if (TableLayout.LooksLikeUnreadableMainHeader(cells))
            {
                return $"第{row.Line}行像是表头，但认不出基期列和目标列：{TextTools.Truncate(string.Join(" | ", cells), 60)}";
            }
        }

        return string.Empty;
    }

    private static PastedTableResult Fail(string error, IReadOnlyList<ParseWarning> warnings) => new([], null, null, null, warnings, error);
}
