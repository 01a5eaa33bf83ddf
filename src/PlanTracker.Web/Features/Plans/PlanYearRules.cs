using FluentValidation;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Features.Plans;

/// <summary>The one check that a request's year lies in its plan's period; the period is set by the service from the database, never by the client.</summary>
public static class PlanYearRules
{
    public static IRuleBuilderOptions<T, int> InPlanPeriod<T>(this IRuleBuilder<T, int> rule, Func<T, PlanPeriod?> period) =>
        rule.Must((request, year) => period(request) is { } p && p.Contains(year))
            .WithMessage((request, year) => period(request) is { } p
                ? $"年度必须在规划期 {p.Span}内。"
                : $"没有覆盖 {year} 年的规划，请先导入该期规划。");
}
