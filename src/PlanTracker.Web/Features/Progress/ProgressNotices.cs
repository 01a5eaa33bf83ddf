using MudBlazor;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Features.Progress;

/// <summary>
/// The snackbar notices of the entry and review pages (已保存, 保存失败, 已提交审核 …), beside the messages on the page: one
/// at a time per page, a new one replacing the last, because on a phone a stack of them would cover the form.
/// </summary>
public static class ProgressNotices
{
    /// <summary>The entry page with its 专栏/project section and workbook import.</summary>
    public const string EntryPage = "progress-entry";

    public const string ReviewPage = "progress-review";

    public static void Replace(this ISnackbar snackbar, string page, string message, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        snackbar.RemoveByKey(page);
        snackbar.Add(message, severity, key: page);
    }
}
