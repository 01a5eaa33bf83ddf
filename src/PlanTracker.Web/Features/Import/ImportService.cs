using Microsoft.AspNetCore.Components.Forms;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Model;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Import;

/// <summary>An uploaded file held between preview and confirmation.</summary>
public sealed record UploadedPlanFile(string FileName, byte[] Content);

/// <summary>What the 导入 page previews and imports: the uploaded file (or none), the admin's corrections of the indicator table, a pasted table.</summary>
public sealed record ImportRequest(UploadedPlanFile? File, IReadOnlyList<IndicatorEdit>? Corrections = null, PastedTable? Paste = null)
{
    public string FileName => File?.FileName ?? PastedTable.FileName;

    public ImportSource ToSource(string importedBy) =>
        new(FileName, File?.Content ?? [], importedBy) { Corrections = Corrections, Paste = Paste };
}

/// <summary>The import page's work: read the browser's file, preview it against the stored plan, import it.</summary>
public sealed class ImportService(PlanImporter importer, AccessGuard guard, ILogger<ImportService> logger)
{
    public const string NotAllowed = "只有管理员可以导入规划。";

    /// <summary>The reader's list (<see cref="PlanDocumentReader.AcceptedExtensions"/>): the file picker and the messages use it too.</summary>
    public static IReadOnlyList<string> AcceptedExtensions => PlanDocumentReader.AcceptedExtensions;

    /// <summary>Reads the uploaded file, or says in Chinese why it cannot be used. <paramref name="progress"/> hears the share received so far (0–1).</summary>
    public async Task<(UploadedPlanFile? File, string? Error)> ReadAsync(IBrowserFile file, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(file.Name).ToLowerInvariant();
        if (!AcceptedExtensions.Contains(extension))
        {
            return (null, $"不支持的文件类型“{extension}”：请上传 .pdf（规划 PDF）、.docx（Word 文档）、.txt、.md（规划文本）或 .json（PlanTracker 导出的规划）。");
        }

        if (file.Size == 0)
        {
            return (null, "文件为空。");
        }

        if (file.Size > PlanTextReader.MaxBytes)
        {
            return (null, $"文件过大（{file.Size / 1024.0 / 1024.0:0.#} MB，超过 10 MB）。规划文本通常只有几百 KB，请确认选择了正确的文件。");
        }

        try
        {
            // OpenReadStream refuses to read beyond the limit whatever size the browser announced.
            await using var stream = file.OpenReadStream(PlanTextReader.MaxBytes, cancellationToken);
            using var memory = new MemoryStream((int)file.Size);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                memory.Write(buffer, 0, read);
                progress?.Report(Math.Min(1, memory.Length / (double)file.Size));
            }

            return (new UploadedPlanFile(file.Name, memory.ToArray()), null);
        }
        catch (IOException)
        {
            // The browser stopped sending the file, or sent more than it announced.
            return (null, "读取上传的文件时连接中断或文件大小不符，请重新选择文件。");
        }
    }

    public async Task<ImportPreview> PreviewAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        // Checked here too, not only on the page: an event handler is an entry point of its own.
        var user = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("import/preview"))
        {
            return ImportPreview.Refused(request.FileName, NotAllowed);
        }

        return await importer.PreviewAsync(request.ToSource(user!.UserName), cancellationToken);
    }

    public async Task<ImportResult> ImportAsync(ImportRequest request, bool allowRemovals, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("import"))
        {
            return new ImportResult(ImportOutcome.Rejected, null, NotAllowed, ImportPreview.Refused(request.FileName, NotAllowed));
        }

        var result = await importer.ImportAsync(request.ToSource(user!.UserName), allowRemovals, cancellationToken);
        logger.LogInformation("Import of {FileName} by {UserName} from the portal: {Outcome}, {Corrections} corrections, pasted table {Pasted}",
            request.FileName, user.UserName, result.Outcome, result.Preview.Corrections.Count, request.Paste is not null);
        return result;
    }

    /// <summary>The parsed rows in the same shape as a stored plan's, so the preview shows the table a reader will see.</summary>
    public static IReadOnlyList<IndicatorRow> Rows(ParsedPlan plan) =>
        [.. plan.Indicators.Select(i => new IndicatorRow(
            i.Number, i.Category, i.Name, i.Unit, i.Baseline.Text, i.Target.Text, i.Cumulative,
            IndicatorAttributeNames.Parse(i.Attribute)?.ToChinese(), i.ParentNumber is not null,
            i.ExtraColumns ?? new Dictionary<string, string>()))];
}
