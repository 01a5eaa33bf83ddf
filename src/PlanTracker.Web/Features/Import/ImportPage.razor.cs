using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using PlanTracker.Data.Importing;

namespace PlanTracker.Web.Features.Import;

/// <summary>
/// The 导入 page's state: the request being previewed (file, pasted table, corrections), its preview, the grid's rows
/// while correcting, and the import's result. Every step is one <see cref="ImportService"/> call.
/// </summary>
public partial class ImportPage
{
    [Inject]
    private ImportService Importer { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private ImportRequest? _request;
    private ImportPreview? _preview;
    private List<EditableIndicator>? _edits;
    private ImportResult? _result;
    private string? _error;
    private bool _busy;
    private bool _pasteChosen;

    /// <summary>Counts files and pastes read: a new one starts a new preview panel; edits keep the panel (and the focused cell).</summary>
    private int _reads;
    private bool _checkingEdits;
    private bool _editsPending;
    private string _busyText = string.Empty;

    /// <summary>The share of the file received (0–1) while uploading; null while parsing or importing.</summary>
    private double? _uploaded;

    /// <summary>Offered when the document's main-indicator table could not be read, or when the admin asks for it.</summary>
    private bool ShowPaste => _result is null && (_preview is { MissingIndicatorTable: true } || (_pasteChosen && _preview?.Plan is null));

    private async Task OnFileSelectedAsync(IBrowserFile browserFile)
    {
        Reset();
        (_busy, _uploaded, _busyText) = (true, 0, $"正在上传 {browserFile.Name} ……");
        try
        {
            var progress = new Progress<double>(share =>
            {
                if ((int)(share * 100) != (int)((_uploaded ?? 0) * 100))
                {
                    _uploaded = share;
                    StateHasChanged();
                }
            });
            var (file, error) = await Importer.ReadAsync(browserFile, progress);
            _error = error;
            if (file is not null)
            {
                (_uploaded, _busyText) = (null, $"正在解析 {browserFile.Name} ……");
                StateHasChanged();
                _reads++;
                await PreviewAsync(new ImportRequest(file));
            }
        }
        finally
        {
            (_busy, _uploaded) = (false, null);
        }
    }

    private async Task ReadPastedAsync(PastedTable paste)
    {
        (_edits, _reads) = (null, _reads + 1);
        await RunAsync("正在读取粘贴的表格……", () => PreviewAsync((_request ?? new ImportRequest(null)) with { Paste = paste, Corrections = null }));
    }

    private void StartEditing() =>
        _edits = [.. _preview!.ReadPlan!.Indicators.Select((indicator, index) => EditableIndicator.From(IndicatorEdit.From(indicator, index)))];

    /// <summary>
    /// Previews the edits again after each change. The grid stays usable meanwhile (tabbing on keeps the focus); a change
    /// made during a check is checked right after it, and confirming waits until the last check is back.
    /// </summary>
    private async Task PreviewEditsAsync()
    {
        _editsPending = true;
        if (_checkingEdits)
        {
            return;
        }

        _checkingEdits = true;
        try
        {
            while (_editsPending && _edits is not null)
            {
                _editsPending = false;
                await PreviewAsync(_request! with { Corrections = [.. _edits.Select(e => e.ToEdit())] });
            }
        }
        finally
        {
            _checkingEdits = false;
        }
    }

    private Task DiscardEditsAsync()
    {
        _edits = null;
        return RunAsync("正在恢复读取结果……", () => PreviewAsync(_request! with { Corrections = null }));
    }

    private async Task PreviewAsync(ImportRequest request)
    {
        _request = request;
        _preview = await Importer.PreviewAsync(request);
        // Problems of a readable plan are shown in its preview, beside the table they concern.
        _error = _preview.Plan is null && _preview.Errors.Count > 0 ? string.Join(" ", _preview.Errors) : null;
    }

    private Task ConfirmAsync(bool allowRemovals) => _request is null ? Task.CompletedTask : RunAsync("正在导入……", async () =>
    {
        _result = await Importer.ImportAsync(_request, allowRemovals);
        Snackbar.Add(_result.Message, Imported(_result) ? Severity.Success : Severity.Warning);
    });

    private async Task RunAsync(string text, Func<Task> work)
    {
        if (_busy)
        {
            return;
        }

        (_busy, _busyText) = (true, text);
        try
        {
            await work();
        }
        finally
        {
            _busy = false;
        }
    }

    private static bool Imported(ImportResult result) => result.Outcome is ImportOutcome.Created or ImportOutcome.Updated;

    private void Reset()
    {
        (_request, _preview, _edits, _result, _error, _pasteChosen) = (null, null, null, null, null, false);
    }
}
