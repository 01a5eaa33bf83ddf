using FluentValidation;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Review;

/// <summary>A move of a city-year report through the workflow, at the report version the user saw, with its comment.</summary>
public sealed record MoveReportRequest(int RegionId, int Year, uint? Version, ReportAction Action, string? Text);

/// <summary>A return or reopen says why; a comment is at most as long as a reporter's note, and clean text like every note.</summary>
public sealed class MoveReportRequestValidator : AbstractValidator<MoveReportRequest>
{
    public MoveReportRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().When(r => ReportWorkflow.NeedsText(r.Action))
            .WithMessage(r => r.Action == ReportAction.Return ? "退回时请写明需要修改的内容。" : "重新打开时请写明原因。");
        RuleFor(r => r.Text).MaximumLength(ReportReviewService.MaxCommentLength)
            .WithMessage($"意见最多 {ReportReviewService.MaxCommentLength} 字。");
        RuleFor(r => r.Text).Must(TextInput.IsClean).WithMessage($"意见{TextInput.Message}");
    }
}
