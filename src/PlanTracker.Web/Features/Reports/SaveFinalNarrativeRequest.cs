using FluentValidation;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Features.Reports;

/// <summary>The narrative of a plan's 总结评估 as the leader typed it, at the version they loaded (null: none saved yet).</summary>
public sealed class SaveFinalNarrativeRequest
{
    public int PlanId { get; set; }

    public uint? Version { get; set; }

    public string? Achievements { get; set; }

    public string? Problems { get; set; }

    public string? NextSteps { get; set; }
}

public sealed class SaveFinalNarrativeRequestValidator : AbstractValidator<SaveFinalNarrativeRequest>
{
    public SaveFinalNarrativeRequestValidator()
    {
        RuleFor(r => r.Achievements).MaximumLength(PlanEvaluation.MaxSectionLength).WithMessage($"“主要成效”不能超过 {PlanEvaluation.MaxSectionLength} 字。");
        RuleFor(r => r.Problems).MaximumLength(PlanEvaluation.MaxSectionLength).WithMessage($"“存在问题”不能超过 {PlanEvaluation.MaxSectionLength} 字。");
        RuleFor(r => r.NextSteps).MaximumLength(PlanEvaluation.MaxSectionLength).WithMessage($"“下一步工作”不能超过 {PlanEvaluation.MaxSectionLength} 字。");
    }
}
