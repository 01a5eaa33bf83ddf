using FluentValidation;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Review;

/// <summary>The kinds of row a city's yearly report has.</summary>
public enum ReportRowKind
{
    Indicator,
    Item,
    Project,
}

/// <summary>One row of a city's yearly report: a main indicator, a 专栏 item or a 重点项目, by its id.</summary>
public readonly record struct ReportRow(ReportRowKind Kind, int Id)
{
    public static ReportRow Indicator(int id) => new(ReportRowKind.Indicator, id);

    public static ReportRow Item(int id) => new(ReportRowKind.Item, id);

    public static ReportRow Project(int id) => new(ReportRowKind.Project, id);

    /// <summary>The entry page's query that lands on this row (<c>row=</c> an indicator, <c>item=</c>, <c>project=</c>).</summary>
    public string Query => Kind switch
    {
        ReportRowKind.Indicator => $"row={Id}",
        ReportRowKind.Item => $"item={Id}",
        _ => $"project={Id}",
    };

    /// <summary>What a reporter goes to change on this kind of row ("去修改指标").</summary>
    public string Noun => Kind switch
    {
        ReportRowKind.Indicator => "指标",
        ReportRowKind.Item => "专栏",
        _ => "项目",
    };
}

/// <summary>A leader's comment on one row of a report being returned (逐项意见).</summary>
public sealed record RowComment(ReportRow Row, string Text);

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
/// one per row (indicator, 专栏 item or project); every comment is at most as long as a reporter's note, and clean text like every note.
/// </summary>
public sealed class MoveReportRequestValidator : AbstractValidator<MoveReportRequest>
{
    /// <summary>More row comments than any plan has rows is not a review.</summary>
    public const int MaxRowComments = 500;

    public MoveReportRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().When(r => ReportWorkflow.NeedsText(r.Action) && !(r.Action == ReportAction.Return && r.RowComments.Count > 0))
            .WithMessage(r => r.Action == ReportAction.Return ? "退回时请写明需要修改的内容（总体意见或逐项意见）。" : "重新打开时请写明原因。");
        RuleFor(r => r.Text).MaximumLength(ReportReviewService.MaxCommentLength)
            .WithMessage($"意见最多 {ReportReviewService.MaxCommentLength} 字。");
        RuleFor(r => r.Text).Must(TextInput.IsClean).WithMessage($"意见{TextInput.Message}");
        RuleFor(r => r.RowComments).Empty().When(r => r.Action != ReportAction.Return)
            .WithMessage("逐项意见只能随“退回”填写。");
        RuleFor(r => r.RowComments.Count).LessThanOrEqualTo(MaxRowComments)
            .WithMessage($"逐项意见最多 {MaxRowComments} 条。");
        RuleFor(r => r.RowComments).Must(rows => rows.Select(c => c.Row).Distinct().Count() == rows.Count)
            .WithMessage("同一行只能有一条逐项意见。");
        RuleForEach(r => r.RowComments).ChildRules(row =>
        {
            row.RuleFor(c => c.Text).NotEmpty().WithMessage("逐项意见不能为空。");
            row.RuleFor(c => c.Text).MaximumLength(ReportReviewService.MaxCommentLength).WithMessage($"逐项意见最多 {ReportReviewService.MaxCommentLength} 字。");
            row.RuleFor(c => c.Text).Must(TextInput.IsClean).WithMessage($"逐项意见{TextInput.Message}");
        });
    }
}
