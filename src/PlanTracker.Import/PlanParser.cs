using PlanTracker.Import.Model;
using PlanTracker.Import.Parsing;
using PlanTracker.Import.Tables;

namespace PlanTracker.Import;

/// <summary>
/// Reads the text of a municipal HR &amp; social-security five-year plan (PDF dump, Word tab-separated or
/// cell-per-line, Markdown) into a <see cref="ParsedPlan"/>. Pure: no I/O. Never throws: whatever cannot be read
/// becomes a <see cref="ParseWarning"/> with its line number.
/// </summary>
public static partial class PlanParser
{
    public static ParsedPlan Parse(string text)
    {
        var context = new ParseContext();
        return Parse(context, () => ReadText(text, context));
    }

    /// <summary>A text's lines and its prose and table-row elements, before the walker reads them (the tests' layout generators start here).</summary>
    internal static SourceDocument ReadDocument(string text, ParseContext context)
    {
        var document = ReadText(text, context);
        var metadata = MetadataReader.Read(document.Lines);
        context.Period ??= DocumentPeriod.Decide(metadata.Title, IssuedYear(metadata.IssuedOn, metadata.DocumentNumber), document.Lines, document.Elements, new ParseContext());
        return Repaired(document, context);
    }

    private static SourceDocument ReadText(string text, ParseContext context) =>
        TextDocumentReader.Read(LineNormaliser.Normalise(text ?? string.Empty, context), context);

    /// <summary>Every indicator table's rows in its header's column order (<see cref="TableRowRepair"/>), for any source.</summary>
    private static SourceDocument Repaired(SourceDocument document, ParseContext context) =>
        document with { Elements = TableRowRepair.Apply(document.Elements, context) };

    /// <summary>Parses what <see cref="PlanDocumentReader"/> read: a Word document's or PDF's own tables, or else the text.</summary>
    public static ParsedPlan Parse(PlanTextReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Document is not { } document)
        {
            return Parse(read.Text);
        }

        var context = new ParseContext();
        return Parse(context, () => document);
    }

    /// <summary>
    /// Reads the document's elements (not yet repaired), its title, then its period (which names the previous plan's
    /// table in warnings), then its tables and outline.
    /// </summary>
    private static ParsedPlan Parse(ParseContext context, Func<SourceDocument> read)
    {
        var plan = new ParsedPlan();
        try
        {
            var source = read();
            var lines = source.Lines;
            plan = plan with { Layout = source.Layout };
            plan = WithMetadata(plan, lines, context);
            plan = WithPeriod(plan, source, context);
            var document = Repaired(source, context);
            plan = WithBody(plan, document.Elements, context);
            if (plan.Title is null && lines.Any(l => !l.IsBlank))
            {
                context.Warn(1, "未找到规划标题");
            }

            if (plan.Indicators.Count == 0 && plan.Chapters.Count > 0)
            {
                context.Warn(1, "未找到主要指标表");
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Warn(0, $"解析中断（{ex.GetType().Name}），结果可能不完整");
        }

        return plan with { Warnings = context.Warnings.ToList() };
    }

    public const string NotAPlanError = "文件中没有找到规划标题、章节或主要指标，看起来不是一份规划文本。";

    public const string NoIndicatorTableError = "文件中没有找到主要指标表（表头含“指标”、基期年份和目标年份等列的表格），未导入。";

    /// <summary>
    /// Why a parsed text cannot be imported, or null: it does not look like a plan, or it has no main-indicator
    /// table (a plan without one would be stored with nothing to report on). The warnings say what was seen.
    /// </summary>
    public static string? Refusal(ParsedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!LooksLikePlan(plan))
        {
            return NotAPlanError;
        }

        if (plan.Indicators.Count > 0)
        {
            return null;
        }

        var seen = plan.Warnings.Where(w => w.Message.Contains('表', StringComparison.Ordinal)).Take(3).Select(w => $"第{w.Line}行：{w.Message}").ToList();
        return seen.Count == 0 ? NoIndicatorTableError : $"{NoIndicatorTableError}{string.Join("；", seen)}";
    }

    /// <summary>True when the result looks like a plan: it names a region or has a title, and has chapters or indicators.</summary>
    public static bool LooksLikePlan(ParsedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var named = !string.IsNullOrWhiteSpace(plan.Region) || !string.IsNullOrWhiteSpace(plan.Title);
        return named && (plan.Chapters.Count > 0 || plan.Indicators.Count > 0);
    }

    private static ParsedPlan WithMetadata(ParsedPlan plan, IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        try
        {
            var metadata = MetadataReader.Read(lines);
            return plan with
            {
                Title = metadata.Title,
                Region = metadata.Region,
                DocumentNumber = metadata.DocumentNumber,
                Issuer = metadata.Issuer,
                IssuedOn = metadata.IssuedOn,
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Warn(1, $"无法读取标题和发文信息（{ex.GetType().Name}）");
            return plan;
        }
    }

    private static ParsedPlan WithPeriod(ParsedPlan plan, SourceDocument document, ParseContext context)
    {
        var period = DocumentPeriod.Decide(plan.Title, IssuedYear(plan.IssuedOn, plan.DocumentNumber), document.Lines, document.Elements, context);
        context.Period = period;
        return period is { } known ? plan with { PeriodStart = known.FirstYear, PeriodEnd = known.LastYear } : plan;
    }

    /// <summary>The year the plan was issued: its date, else the year in its 文号 (长政办发〔2021〕73号 → 2021).</summary>
    private static int? IssuedYear(DateOnly? issuedOn, string? documentNumber) =>
        issuedOn?.Year ?? (documentNumber is not null && IssueYear().Match(documentNumber) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null);

    [System.Text.RegularExpressions.GeneratedRegex(@"[〔\[［(（](\d{4})[〕\]］)）]")]
    private static partial System.Text.RegularExpressions.Regex IssueYear();

    private static ParsedPlan WithBody(ParsedPlan plan, IReadOnlyList<Element> elements, ParseContext context)
    {
        var walker = new DocumentWalker(context);
        walker.Walk(elements);
        return walker.Build(plan);
    }
}
