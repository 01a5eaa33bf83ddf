using FluentValidation;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>The checks every 专栏/project progress save passes. Messages in Chinese name the item, project or target.</summary>
public sealed class SaveItemProgressRequestValidator : AbstractValidator<SaveItemProgressRequest>
{
    /// <summary>Upper bound for a year's completed investment of one project, 亿元 (guards against 元/万元 typed as 亿元).</summary>
    public const decimal MaxInvestment = 100_000m;

    public SaveItemProgressRequestValidator()
    {
        RuleFor(r => r.Year).InPlanPeriod(r => r.Period);
        RuleForEach(r => r.Items).SetValidator(new WorkProgressRules<ItemProgressInput>());
        RuleForEach(r => r.Projects).SetValidator(new ProjectProgressRules());
        RuleForEach(r => r.TargetValues).SetValidator(new ItemTargetValueRules());
    }
}

/// <summary>
/// Percent 0–100 with at most 2 decimals, a status whenever anything is reported, status and percent that agree, a note
/// of at most 2000 characters. Part of every save; the entry page runs it per row to show the message at the field.
/// </summary>
public class WorkProgressRules<T> : AbstractValidator<T>
    where T : WorkProgressInput
{
    public WorkProgressRules()
    {
        RuleFor(x => x.UnparsedPercent).MustBeANumber(x => $"“{x.Name}”的完成百分比");
        RuleFor(x => x.PercentComplete).InclusiveBetween(0m, 100m).When(x => x.PercentComplete is not null)
            .WithMessage(x => $"“{x.Name}”的完成百分比应在 0 到 100 之间。");
        RuleFor(x => x.PercentComplete).Must(v => v is null || decimal.Round(v.Value, 2) == v.Value)
            .WithMessage(x => $"“{x.Name}”的完成百分比最多保留 2 位小数。");
        RuleFor(x => x.Status).NotNull().When(x => !x.IsEmpty)
            .WithMessage(x => $"“{x.Name}”已填写进展，请选择状态（未开始/进行中/已完成/滞后）。");
        RuleFor(x => x.Status).IsInEnum().When(x => x.Status is not null)
            .WithMessage(x => $"“{x.Name}”的状态无效。");
        RuleFor(x => x.PercentComplete).Equal(100m).When(x => x.Status == WorkStatus.Completed && x.PercentComplete is not null)
            .WithMessage(x => $"“{x.Name}”状态为已完成，完成百分比应为 100。");
        RuleFor(x => x.PercentComplete).Equal(0m).When(x => x.Status == WorkStatus.NotStarted && x.PercentComplete is not null)
            .WithMessage(x => $"“{x.Name}”状态为未开始，完成百分比应为 0。");
        RuleFor(x => x.Note).MaximumLength(SaveProgressRequestValidator.MaxNoteLength).WithMessage(x => $"“{x.Name}”的进展说明最多 {SaveProgressRequestValidator.MaxNoteLength} 字。");
        RuleFor(x => x.Note).Must(TextInput.IsClean).WithMessage(x => $"“{x.Name}”的进展说明{TextInput.Message}");
    }
}

/// <summary>A project's row: the shared progress rules and its completed investment (亿元).</summary>
public sealed class ProjectProgressRules : WorkProgressRules<ProjectProgressInput>
{
    public ProjectProgressRules()
    {
        RuleFor(x => x.UnparsedInvestment).MustBeANumber(x => $"“{x.Name}”的完成投资");
        RuleFor(x => x.CompletedInvestment).Null().When(x => !x.HasInvestment)
            .WithMessage(x => $"“{x.Name}”在规划中没有投资额，不填写完成投资。");
        RuleFor(x => x.CompletedInvestment).GreaterThanOrEqualTo(0m).When(x => x.CompletedInvestment is not null)
            .WithMessage(x => $"“{x.Name}”的完成投资不能为负数。");
        RuleFor(x => x.CompletedInvestment).LessThan(SaveItemProgressRequestValidator.MaxInvestment).When(x => x.CompletedInvestment is not null)
            .WithMessage(x => $"“{x.Name}”的完成投资过大，请以亿元为单位填写。");
        RuleFor(x => x.CompletedInvestment).Must(v => v is null || decimal.Round(v.Value, 4) == v.Value)
            .WithMessage(x => $"“{x.Name}”的完成投资最多保留 4 位小数（亿元）。");
    }
}

/// <summary>
/// The year's value of a quantitative target inside an item's text: the value rules of its unit
/// (<see cref="ValueRules"/>), and never negative (it counts what the year achieved).
/// </summary>
public sealed class ItemTargetValueRules : AbstractValidator<ItemTargetValueInput>
{
    public ItemTargetValueRules()
    {
        RuleFor(x => x.UnparsedValue).MustBeANumber(x => $"“{x.Phrase}”");
        RuleFor(x => x.Value).Must((x, v) => v is null || ValueRules.For(x.Unit, x.Phrase).Allows(v.Value))
            .WithMessage(x => $"“{x.Phrase}”{ValueRules.For(x.Unit, x.Phrase).RangeMessage}。");
        RuleFor(x => x.Value).GreaterThanOrEqualTo(0m).When(x => x.Value is { } v && ValueRules.For(x.Unit, x.Phrase).Allows(v))
            .WithMessage(x => $"“{x.Phrase}”不能为负数。");
        RuleFor(x => x.Value).Must((x, v) => v is null || ValueRules.For(x.Unit, x.Phrase).HasSensibleDecimals(v.Value))
            .WithMessage(x => $"“{x.Phrase}”{ValueRules.For(x.Unit, x.Phrase).DecimalsMessage}。");
        RuleFor(x => x.Value).Must(v => v is null || ValueRules.WithinMagnitude(v.Value))
            .WithMessage(x => $"“{x.Phrase}”的数值过大，请检查单位（{x.Unit}）。");
    }
}
