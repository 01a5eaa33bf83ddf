using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Importing;
using PlanTracker.Domain;
using PlanTracker.Import.Packages;
using PlanTracker.Import.Tests;
using PlanTracker.Web.Features.Import;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Workbook;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Issue 11, defect 1, through the services the pages call: a reporter's 填报表 with 100,000 nested elements
/// after &lt;/sheetData&gt; (before the fix: a stack overflow that ended the test host, as it ended the portal),
/// a zip bomb, and an admin's plan .docx with 200,000 nested runs are refused in Chinese and store nothing.
/// </summary>
public class UploadedFileTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const int Year = 2025;

    [Fact]
    public async Task A_downloaded_form_with_100000_nested_elements_after_the_sheet_data_is_refused_and_nothing_is_stored()
    {
        var form = await DownloadedFormAsync();
        var (entry, marker) = HostilePackages.PartContaining(form, HostilePackages.SheetDataEnd);
        var hostile = HostilePackages.Inject(form, entry, marker, HostilePackages.Nested("a", 100_000));
        Assert.True(hostile.Length < 16 * 1024, $"{hostile.Length} bytes");

        var errors = await PreviewAndConfirmAsync(hostile);

        Assert.Equal([$"{OfficePackageGuard.TooDeepError}。请上传从本页下载并填写的填报表。"], errors);
    }

    [Fact]
    public async Task A_zip_bomb_form_is_refused_and_nothing_is_stored()
    {
        var form = await DownloadedFormAsync();
        // 64 MB of zeros after the sheet data deflate to some 64 KB.
        var (entry, marker) = HostilePackages.PartContaining(form, HostilePackages.SheetDataEnd);
        var bomb = HostilePackages.Bomb(form, entry, marker, "0", 64L * 1024 * 1024);

        var errors = await PreviewAndConfirmAsync(bomb);

        Assert.Equal([$"{OfficePackageGuard.TooLargeError}。请上传从本页下载并填写的填报表。"], errors);
    }

    [Fact]
    public async Task A_normal_downloaded_form_still_previews_its_changes()
    {
        var form = await DownloadedFormAsync();
        var row = TestWorkbook.RowOf(form, "城镇新增就业人数");
        var filled = TestWorkbook.Fill(form, ($"{TestWorkbook.ColumnOf(form, "本年数值")}{row}", 15.6m));
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");

        var preview = await scope.ServiceProvider.GetRequiredService<ProgressWorkbookService>().PreviewAsync(Year, new MemoryStream(filled));

        Assert.Empty(preview.Errors);
        Assert.Equal(["城镇新增就业人数"], preview.Changes.Select(c => c.Name));
    }

    [Fact]
    public async Task An_admins_plan_docx_with_200000_nested_runs_is_refused_in_preview_and_import_and_nothing_is_stored()
    {
        var docx = HostilePackages.Inject(PlainDocx(), "word/document.xml", "<w:body>", "<w:p>" + HostilePackages.Nested("w:r", 200_000) + "</w:p>");
        var file = new UploadedPlanFile("长沙市规划.docx", docx);
        var before = await CountsAsync();
        await using var scope = await UserScopes.ForAsync(portal, "admin");
        var import = scope.ServiceProvider.GetRequiredService<ImportService>();

        var preview = await import.PreviewAsync(new ImportRequest(file));
        var result = await import.ImportAsync(new ImportRequest(file), allowRemovals: true);

        Assert.Equal([OfficePackageGuard.TooDeepError], preview.Errors);
        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Equal(OfficePackageGuard.TooDeepError, result.Message);
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>Previews as the reporter, tries to confirm, and checks that no value, history row or report was written.</summary>
    private async Task<IReadOnlyList<string>> PreviewAndConfirmAsync(byte[] upload)
    {
        var before = await CountsAsync();
        await using var scope = await UserScopes.ForAsync(portal, "changsha-reporter");
        var sheets = scope.ServiceProvider.GetRequiredService<ProgressWorkbookService>();

        var preview = await sheets.PreviewAsync(Year, new MemoryStream(upload));

        Assert.False(preview.CanConfirm);
        Assert.Equal(OutcomeKind.Invalid, (await sheets.ConfirmAsync(preview)).Kind);
        Assert.Equal(before, await CountsAsync());
        return preview.Errors;
    }

    private async Task<byte[]> DownloadedFormAsync()
    {
        var client = await PortalSession.SignInAsync(portal, "changsha-reporter");
        return await client.GetByteArrayAsync($"/progress/{Year}/form.xlsx");
    }

    private static byte[] PlainDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("长沙市“十四五”人力资源和社会保障事业发展规划")))));
        }

        return stream.ToArray();
    }

    private async Task<(int Values, int Changes, int Reports, int Drafts, int Plans, int Documents, int Imports)> CountsAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return (await context.IndicatorValues.CountAsync(), await context.IndicatorValueChanges.CountAsync(), await context.CityYearReports.CountAsync(), await context.EntryDrafts.CountAsync(),
            await context.Plans.CountAsync(), await context.SourceDocuments.CountAsync(), await context.AuditEvents.CountAsync(e => e.Action == AuditActions.PlanImported));
    }
}
