using FluentValidation;
using PlanTracker.Domain.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// Turns an <see cref="ImportSource"/> into the plan an import would store: the file read by the one reader (or plan
/// JSON), a pasted main-indicator table in place of the document's, then the admin's corrections; refused when it is
/// not a plan or has no main-indicator table, and validated by the plan validator like every other plan.
/// </summary>
internal static partial class ImportReader
{
    /// <param name="ReadPlan">The plan as read, with a pasted table in place of the document's: what corrections apply to.</param>
    public sealed record Result(ParsedPlan? ReadPlan, ParsedPlan? Plan, string Sha256, string? Encoding, IReadOnlyList<string> Errors, IReadOnlyList<CorrectionEntry> Corrections)
    {
        /// <summary>Rows of the main-indicator table a problem was found in (0-based, in the plan's order).</summary>
        public IReadOnlySet<int> IndicatorErrorRows { get; init; } = new HashSet<int>();
    }

    public static Result Read(ImportSource source, IValidator<ParsedPlan> validator)
    {
        var pasteOnly = source.Content.Length == 0 && source.Paste is not null;
        var sha = pasteOnly ? PlanVersions.Sha256Of(source.Paste!.Text) : PlanVersions.Sha256Of(source.Content);
        var fileName = Path.GetFileName(source.FileName);
        var sourceProblems = new[] { new PlanTextField("文件名", fileName, PlanFieldLimits.SourceFileName), new PlanTextField("导入人", source.ImportedBy, PlanFieldLimits.SourceImportedBy) }
            .Select(PlanTextRules.Problem).OfType<string>().ToList();
        if (sourceProblems.Count > 0)
        {
            return new Result(null, null, sha, null, sourceProblems, []);
        }

        var (read, encoding, error) = pasteOnly ? (null, "utf-8", null) : ReadFile(source);
        if (error is not null)
        {
            return new Result(read, null, sha, encoding, [error], []);
        }

        var plan = read;
        if (source.Paste is { } paste)
        {
            (plan, error) = WithPastedTable(read, paste);
            if (error is not null)
            {
                // The document stays previewed (still without its table), so the paste can be corrected and read again.
                return new Result(read, read, sha, encoding, [error], []);
            }
        }

        // The corrections grid starts from here: the document's plan with the pasted table in place.
        var basis = plan;
        IReadOnlyList<CorrectionEntry> corrections = [];
        if (source.Corrections is { } edits)
        {
            (plan, corrections) = IndicatorCorrections.Apply(plan!, edits);
        }

        var isJson = !pasteOnly && source.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var refusal = isJson ? null : PlanParser.Refusal(plan!);
        if (refusal is not null)
        {
            return new Result(basis, plan, sha, encoding, [refusal], corrections);
        }

        var validation = validator.Validate(plan!);
        return new Result(basis, plan, sha, encoding, [.. validation.Errors.Select(e => e.ErrorMessage).Distinct()], corrections)
        {
            IndicatorErrorRows = validation.Errors.Select(e => IndicatorRow().Match(e.PropertyName)).Where(m => m.Success)
                .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
        };
    }

    /// <summary>Decodes and parses a text, or reads plan JSON (.json).</summary>
    private static (ParsedPlan? Plan, string? Encoding, string? Error) ReadFile(ImportSource source)
    {
        var text = PlanDocumentReader.Read(source.FileName, source.Content);
        if (!text.Success)
        {
            return (null, null, text.Error);
        }

        if (source.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var json = PlanJson.Deserialize(text.Text);
            return json is null ? (null, text.Encoding, "JSON 文件为空或格式不正确，无法读取规划。") : (json, text.Encoding, null);
        }

        var plan = PlanParser.Parse(text);
        return (plan, text.Encoding, PlanParser.LooksLikePlan(plan) ? null : PlanParser.NotAPlanError);
    }

    /// <summary>The pasted table as the plan's main-indicator table; without a document, the plan is the table with the region and title typed.</summary>
    private static (ParsedPlan? Plan, string? Error) WithPastedTable(ParsedPlan? plan, PastedTable paste)
    {
        var table = PastedIndicatorTable.Parse(paste.Text);
        if (table.Error is not null)
        {
            return (plan, table.Error);
        }

        var years = table.BaselineYear is { } baseline && table.TargetYear is { } target ? (Start: baseline + 1, End: target) : ((int Start, int End)?)null;
        if (plan is null)
        {
            if (years is null)
            {
                return (null, "粘贴的表头没有基期年份和目标年份（如“2020年”“2025年”），无法确定规划期：请连同表头一起复制。");
            }

            plan = new ParsedPlan { Region = paste.Region?.Trim(), Title = paste.Title?.Trim(), Layout = "pasted", PeriodStart = years.Value.Start, PeriodEnd = years.Value.End };
        }
        else if (years is { } period && (period.Start != plan.PeriodStart || period.End != plan.PeriodEnd))
        {
            return (plan, $"粘贴的表格是 {period.Start - 1} 年基期、{period.End} 年目标，与文件的规划期 {plan.PeriodStart}—{plan.PeriodEnd} 年不一致，未导入。");
        }

        var warnings = table.Warnings.Select(w => w with { Message = $"粘贴的表格：{w.Message}" });
        return (plan with
        {
            Indicators = table.Indicators,
            IndicatorFootnote = table.IndicatorFootnote ?? plan.IndicatorFootnote,
            Warnings = [.. plan.Warnings, .. warnings],
        }, null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Indicators\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex IndicatorRow();
}
