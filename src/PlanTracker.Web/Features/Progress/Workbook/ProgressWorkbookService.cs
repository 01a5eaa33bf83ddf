using System.Globalization;
using FluentValidation;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>
/// The spreadsheet round trip's upload: read the sheet, apply its cells onto a freshly loaded form, validate with
/// the same validator as the page, show the changes; confirming saves through <see cref="ProgressEntryService.SaveAsync"/>
/// (one transaction, history rows, the version check). Nothing is written before confirmation.
/// </summary>
public sealed class ProgressWorkbookService(ProgressEntryService entry, IValidator<SaveProgressRequest> validator)
{
    public async Task<WorkbookPreview> PreviewAsync(int year, Stream upload, CancellationToken cancellationToken = default)
    {
        var content = await ReadLimitedAsync(upload, cancellationToken);
        if (content is null)
        {
            return WorkbookPreview.Fail($"文件过大（超过 {ProgressWorkbookReader.MaxBytes / 1024 / 1024} MB）。填报表通常只有几十 KB，请确认选择了正确的文件。");
        }

        var form = await entry.LoadAsync(year, cancellationToken);
        if (form is null)
        {
            return WorkbookPreview.Fail("没有可填报的规划，或您无权填报本市数据。");
        }

        if (form.YearClosed)
        {
            return WorkbookPreview.Fail($"{year} 年度已关闭填报，不能导入表格。");
        }

        if (!ReportWorkflow.IsEditable(form.Status))
        {
            return WorkbookPreview.Fail($"{year} 年的报告{form.Status.ToChinese()}，不能修改，也不能导入表格。");
        }

        var sheet = ProgressWorkbookReader.Read(content, form.RegionName, year, form.Request.Rows.Select(r => r.IndicatorId).ToHashSet());
        if (sheet.Errors.Count > 0)
        {
            return WorkbookPreview.Fail(sheet.Errors);
        }

        var stored = form.Request.Rows.ToDictionary(r => r.IndicatorId, RowFields.From);
        var changes = Apply(form.Request, sheet);
        var validation = await validator.ValidateAsync(form.Request, cancellationToken);
        return validation.IsValid
            ? new WorkbookPreview([], changes, form.Request, stored)
            : WorkbookPreview.Fail([.. validation.Errors.Select(e => e.ErrorMessage).Distinct()]);
    }

    /// <summary>
    /// Saves what the preview showed with the page's per-row rule: each changed row's base is its stored value at preview
    /// time, so a row someone else saved since is a conflict (not imported, their value kept) and the other rows are imported.
    /// </summary>
    public async Task<Outcome<SavedProgress>> ConfirmAsync(WorkbookPreview preview, CancellationToken cancellationToken = default) =>
        preview.CanConfirm
            ? await entry.SaveAsync(preview.Request!, cancellationToken)
            : SavedProgress.Fail(OutcomeKind.Invalid, "没有可导入的修改。");

    /// <summary>Copies the sheet's six user fields (only the columns it has) onto the loaded rows; returns what changed.</summary>
    private static List<WorkbookRowChange> Apply(SaveProgressRequest request, ProgressSheet sheet)
    {
        var rows = request.Rows.ToDictionary(r => r.IndicatorId);
        var changes = new List<WorkbookRowChange>();
        foreach (var cells in sheet.Rows)
        {
            var row = rows[cells.IndicatorId];
            var before = RowFields.From(row);
            if (sheet.Columns.Contains(SheetField.Value))
            {
                row.Value = cells.Value;
            }

            if (sheet.Columns.Contains(SheetField.Preliminary))
            {
                row.IsPreliminary = cells.IsPreliminary;
            }

            row.Note = sheet.Columns.Contains(SheetField.Note) ? cells.Note : row.Note;
            row.Source = sheet.Columns.Contains(SheetField.Source) ? cells.Source : row.Source;
            row.Cause = sheet.Columns.Contains(SheetField.Cause) ? cells.Cause : row.Cause;
            row.CorrectiveMeasures = sheet.Columns.Contains(SheetField.CorrectiveMeasures) ? cells.CorrectiveMeasures : row.CorrectiveMeasures;
            var fields = Differences(before, RowFields.From(row)).ToList();
            if (fields.Count > 0)
            {
                changes.Add(new WorkbookRowChange(cells.RowNumber, row.IndicatorId, row.Name, fields));
            }
        }

        return changes;
    }

    private static IEnumerable<WorkbookFieldChange> Differences(RowFields old, RowFields @new)
    {
        if (old.Value != @new.Value)
        {
            yield return new("本年数值", Show(old.Value), Show(@new.Value));
        }

        if (old.IsPreliminary != @new.IsPreliminary)
        {
            yield return new("快报", old.IsPreliminary ? "是" : "否", @new.IsPreliminary ? "是" : "否");
        }

        foreach (var (column, a, b) in new[] { ("说明", old.Note, @new.Note), ("数据来源", old.Source, @new.Source), ("原因分析", old.Cause, @new.Cause), ("整改措施", old.CorrectiveMeasures, @new.CorrectiveMeasures) })
        {
            if (a != b)
            {
                yield return new(column, a ?? WorkbookFieldChange.Empty, b ?? WorkbookFieldChange.Empty);
            }
        }
    }

    private static string Show(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? WorkbookFieldChange.Empty;

    /// <summary>The upload's bytes, or null when it is larger than the limit (read no further than that).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream upload, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > ProgressWorkbookReader.MaxBytes)
            {
                return null;
            }
        }

        return memory.ToArray();
    }
}
