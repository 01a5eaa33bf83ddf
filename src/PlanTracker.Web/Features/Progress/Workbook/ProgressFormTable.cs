using System.Globalization;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>One cell of the downloadable form: text, or a number written as a numeric cell.</summary>
public readonly record struct FormCell(string? Text, decimal? Number)
{
    public static FormCell Of(string? text) => new(string.IsNullOrEmpty(text) ? null : text, null);

    public static FormCell Of(decimal? number) => new(null, number);

    /// <summary>The cell as plain text (CSV): numbers without trailing zeros, invariant culture.</summary>
    public string Display => Number is { } n ? n.ToString("0.############", CultureInfo.InvariantCulture) : Text ?? string.Empty;
}

/// <summary>
/// The year's entry form as a table, shared by the .xlsx and the .csv: the plan's columns (read-only), the
/// earlier years' values, then the six columns a reporter fills in.
/// </summary>
public static class ProgressFormTable
{
    public const string IdColumn = "指标ID";
    public const string ValueColumn = "本年数值";
    public const string PreliminaryColumn = "快报（是/否）";
    public const string NoteColumn = "说明";
    public const string SourceColumn = "数据来源";
    public const string CauseColumn = "原因分析";
    public const string MeasuresColumn = "整改措施";
    public const string ChildPrefix = "其中：";

    public static string Title(string regionName, int year) => $"{regionName} {year} 年进度填报表";

    public static IReadOnlyList<string> Header(ProgressEntryForm form) =>
    [
        IdColumn, "类别", "指标", "单位", "属性", $"{form.Period.BaselineYear}年", $"{form.Period.LastYear}年目标",
        .. form.EarlierYears.Select(y => $"{y}年"),
        ValueColumn, PreliminaryColumn, NoteColumn, SourceColumn, CauseColumn, MeasuresColumn,
    ];

    /// <summary>The index of 本年数值: every column from here on is the reporter's input.</summary>
    public static int FirstInputColumn(ProgressEntryForm form) => 7 + form.EarlierYears.Count();

    public static IEnumerable<IReadOnlyList<FormCell>> Rows(ProgressEntryForm form) =>
        form.Rows.Zip(form.Request.Rows, (row, input) => (IReadOnlyList<FormCell>)
        [
            FormCell.Of(row.IndicatorId),
            FormCell.Of(row.Category),
            FormCell.Of((row.IsChild ? ChildPrefix : null) + row.Name),
            FormCell.Of(row.Unit),
            FormCell.Of(row.Binding ? "约束性" : "预期性"),
            FormCell.Of(row.Baseline),
            FormCell.Of(row.Target),
            .. form.EarlierYears.Select(y => row.EarlierYears.TryGetValue(y, out var v) ? FormCell.Of(v) : FormCell.Of((string?)null)),
            FormCell.Of(input.Value),
            FormCell.Of(input.Value is null && !input.IsPreliminary ? null : input.IsPreliminary ? "是" : "否"),
            FormCell.Of(input.Note),
            FormCell.Of(input.Source),
            FormCell.Of(input.Cause),
            FormCell.Of(input.CorrectiveMeasures),
        ]);
}
