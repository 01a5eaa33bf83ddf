using FluentValidation;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Review;

/// <summary>A leader's comment on one indicator row of a report being returned (指标意见).</summary>
public sealed record RowComment(int IndicatorId, string Text);

/// <summary>A move of a city-year report through the workflow, at the report version the user saw, with its comment and, for a return, its row comments.</summary>
public sealed record MoveReportRequest(int RegionId, int Year, uint? Version, ReportAction Action, string? Text, IReadOnlyList<RowComment> RowComments)
{
    public MoveReportRequest(int regionId, int year, uint? version, ReportAction action, string? text)
        : this(regionId, year, version, action, text, [])
    {
    }
}

/// <summary>
/// A return says what to change (in its comment or on the rows), a reopen says why; only a return carries row comments,
/// one per indicator; every comment is at most as long as a reporter's note, and clean text like every note.
/// </summary>
public sealed class MoveReportRequestValidator : AbstractValidator<MoveReportRequest>
{
    /// <summary>More row comments than any plan has indicators is not a review.</summary>
    public const int MaxRowComments = 500;

    public MoveReportRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().When(r => ReportWorkflow.NeedsText(r.Action) && !(r.Action == ReportAction.Return && r.RowComments.Count > 0))
            .WithMessage(r => r.Action == ReportAction.Return ? "退回时请写明需要修改的内容（总体意见或指标意见）。" : "重新打开时请写明原因。");
        RuleFor(r => r.Text).MaximumLength(ReportReviewService.MaxCommentLength)
            .WithMessage($"意见最多 {ReportReviewService.MaxCommentLength} 字。");
        RuleFor(r => r.Text).Must(TextInput.IsClean).WithMessage($"意见{TextInput.Message}");
        RuleFor(r => r.RowComments).Empty().When(r => r.Action != ReportAction.Return)
            .WithMessage("指标意见只能随“退回”填写。");
        RuleFor(r => r.RowComments.Count).LessThanOrEqualTo(MaxRowComments)
            .WithMessage($"指标意见最多 {MaxRowComments} 条。");
        RuleFor(r => r.RowComments).Must(rows => rows.Select(c => c.IndicatorId).Distinct().Count() == rows.Count)
            .WithMessage("同一指标只能有一条指标意见。");
        RuleForEach(r => r.RowComments).ChildRules(row =>
        {
            row.RuleFor(c => c.Text).NotEmpty().WithMessage("指标意见不能为空。");
            row.RuleFor(c => c.Text).MaximumLength(ReportReviewService.MaxCommentLength).WithMessage($"指标意见最多 {ReportReviewService.MaxCommentLength} 字。");
            row.RuleFor(c => c.Text).Must(TextInput.IsClean).WithMessage($"指标意见{TextInput.Message}");
        });
    }
}
