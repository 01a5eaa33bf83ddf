using FluentValidation;
using PlanTracker.Domain.Plans;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Features.TargetAdjustments;

/// <summary>An admin's 规划调整: which indicator, from which year, the new target, and the approving document.</summary>
public sealed class RecordTargetAdjustmentRequest
{
    public int IndicatorId { get; set; }

    public int EffectiveYear { get; set; }

    /// <summary>The new target in the table's notation: "200", "[80]", "&lt;5.5", "≥96".</summary>
    public string? Target { get; set; }

    /// <summary>文号 of the approving document.</summary>
    public string? DocumentNumber { get; set; }

    public DateTime? ApprovedOn { get; set; }

    public string? Reason { get; set; }

    /// <summary>Set by the service from the database: the indicator's plan period and today (China time); never from the client.</summary>
    public PlanPeriod? Period { get; set; }

    public DateOnly Today { get; set; }
}

public sealed class RecordTargetAdjustmentRequestValidator : AbstractValidator<RecordTargetAdjustmentRequest>
{
    public RecordTargetAdjustmentRequestValidator()
    {
        RuleFor(r => r.IndicatorId).GreaterThan(0).WithMessage("请选择要调整的指标。");
        RuleFor(r => r.EffectiveYear).InPlanPeriod(r => r.Period);
        RuleFor(r => r.Target)
            .Must(t => !string.IsNullOrWhiteSpace(t) && Measure.Parse(t.Trim()).Value is not null)
            .WithMessage("请填写调整后的目标值：一个数值，可带 <、>、≤、≥ 或表示累计的 [ ]，如 200、[80]、<5.5。")
            .MaximumLength(TargetAdjustment.MaxTargetLength).WithMessage($"目标不能超过 {TargetAdjustment.MaxTargetLength} 个字符。");
        RuleFor(r => r.DocumentNumber)
            .NotEmpty().WithMessage("请填写批准调整的文件文号。")
            .MaximumLength(TargetAdjustment.MaxDocumentNumberLength).WithMessage($"文号不能超过 {TargetAdjustment.MaxDocumentNumberLength} 个字符。");
        RuleFor(r => r.ApprovedOn)
            .NotNull().WithMessage("请填写批准日期。")
            .Must((r, date) => date is null || DateOnly.FromDateTime(date.Value) <= r.Today).WithMessage("批准日期不能晚于今天。");
        RuleFor(r => r.Reason).MaximumLength(TargetAdjustment.MaxReasonLength).WithMessage($"调整原因不能超过 {TargetAdjustment.MaxReasonLength} 字。");
    }
}
