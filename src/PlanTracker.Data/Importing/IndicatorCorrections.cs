using System.Globalization;
using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>One change the admin made to a read row: its row, the column in Chinese, the value before and after.</summary>
public sealed record CorrectionEntry(string Row, string Field, string? Before, string? After);

/// <summary>
/// Applies the admin's edits of the main-indicator table to a read plan, and lists what changed. Pure: the importer
/// validates the corrected plan with the same validator as any other and stores the list with the version.
/// </summary>
public static class IndicatorCorrections
{
    public const string AddedRow = "新增行";
    public const string DeletedRow = "删除行";

    public static (ParsedPlan Plan, IReadOnlyList<CorrectionEntry> Changes) Apply(ParsedPlan plan, IReadOnlyList<IndicatorEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(edits);
        var changes = new List<CorrectionEntry>();
        var indicators = new List<ParsedIndicator>();
        foreach (var edit in edits)
        {
            var original = edit.SourceIndex is { } index && index >= 0 && index < plan.Indicators.Count ? plan.Indicators[index] : null;
            var corrected = ToIndicator(edit, original);
            indicators.Add(corrected);
            if (original is null)
            {
                changes.Add(new CorrectionEntry(Label(corrected), AddedRow, null, Summary(corrected)));
            }
            else
            {
                changes.AddRange(Compare(original, corrected));
            }
        }

        var kept = edits.Select(e => e.SourceIndex).OfType<int>().ToHashSet();
        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            if (!kept.Contains(i))
            {
                changes.Add(new CorrectionEntry(Label(plan.Indicators[i]), DeletedRow, Summary(plan.Indicators[i]), null));
            }
        }

        return (plan with { Indicators = indicators }, changes);
    }

    private static ParsedIndicator ToIndicator(IndicatorEdit edit, ParsedIndicator? original)
    {
        var baseline = Measure(edit.Baseline, original?.Baseline);
        var target = Measure(edit.Target, original?.Target);
        var comparator = Blank(edit.TargetComparator);
        if (comparator != target.Comparator)
        {
            target = target with { Comparator = comparator };
        }

        return new ParsedIndicator
        {
            Category = Blank(edit.Category),
            Number = edit.Number,
            Name = edit.Name.Trim(),
            Unit = Blank(edit.Unit),
            Baseline = baseline,
            Target = target,
            Cumulative = edit.Cumulative,
            Attribute = Blank(edit.Attribute),
            ParentNumber = edit.ParentNumber,
            ExtraColumns = original?.ExtraColumns,
        };
    }

    /// <summary>An unchanged text keeps the reader's value; a retyped one is read as printed values are.</summary>
    private static ParsedMeasure Measure(string text, ParsedMeasure? original)
    {
        var trimmed = text.Trim();
        return original is not null && trimmed == original.Text ? original : ParsedMeasure.Parse(trimmed);
    }

    private static IEnumerable<CorrectionEntry> Compare(ParsedIndicator before, ParsedIndicator after)
    {
        var row = Label(before);
        (string Field, string? Before, string? After)[] fields =
        [
            ("类别", before.Category, after.Category),
            ("序号", before.Number?.ToString(CultureInfo.InvariantCulture), after.Number?.ToString(CultureInfo.InvariantCulture)),
            ("名称", before.Name, after.Name),
            ("单位", before.Unit, after.Unit),
            ("基期值", before.Baseline.Text, after.Baseline.Text),
            ("目标值", before.Target.Text, after.Target.Text),
            ("目标比较", ComparatorName(before.Target.Comparator), ComparatorName(after.Target.Comparator)),
            ("累计", YesNo(before.Cumulative), YesNo(after.Cumulative)),
            ("属性", before.Attribute, after.Attribute),
            ("所属指标", before.ParentNumber?.ToString(CultureInfo.InvariantCulture), after.ParentNumber?.ToString(CultureInfo.InvariantCulture)),
        ];
        return fields.Where(f => (f.Before ?? string.Empty) != (f.After ?? string.Empty)).Select(f => new CorrectionEntry(row, f.Field, f.Before, f.After));
    }

    /// <summary>The Chinese words for a comparator symbol, as the preview's picker shows them.</summary>
    public static string ComparatorName(string? symbol) => ComparatorExtensions.FromSymbol(symbol) switch
    {
        Comparator.GreaterOrEqual => "不低于（≥）",
        Comparator.Greater => "高于（>）",
        Comparator.LessOrEqual => "不高于（≤）",
        Comparator.Less => "低于（<）",
        _ => "等于",
    };

    private static string Label(ParsedIndicator indicator) => indicator.Number is { } number ? $"{number} {indicator.Name}" : indicator.Name;

    private static string Summary(ParsedIndicator i) =>
        string.Join(" · ", new[] { i.Name, i.Unit, $"基期 {Dash(i.Baseline.Text)}", $"目标 {Dash(i.Target.Text)}", i.Attribute }.Where(s => !string.IsNullOrEmpty(s)));

    private static string Dash(string text) => text.Length == 0 ? "—" : text;

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
