using FluentValidation;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Features.ReportingYears;

/// <summary>A new deadline for a reporting year, checked against the version the admin saw.</summary>
public sealed class SetDeadlineRequest
{
    public int Year { get; set; }

    public DateOnly Deadline { get; set; }

    public uint Version { get; set; }

    /// <summary>A plan period (of any city) containing <see cref="Year"/>: set by the service, never by the client.</summary>
    public PlanTracker.Domain.Plans.PlanPeriod? Period { get; set; }
}

public sealed class SetDeadlineRequestValidator : AbstractValidator<SetDeadlineRequest>
{
    public SetDeadlineRequestValidator()
    {
        RuleFor(r => r.Year).InPlanPeriod(r => r.Period);
        RuleFor(r => r.Deadline).Must((r, d) => d.Year >= r.Year && d.Year <= r.Year + 2)
            .WithMessage(r => $"{r.Year} 年的截止日期应在 {r.Year} 年至 {r.Year + 2} 年之间。");
    }
}
