using FluentValidation;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// The checks every plan passes before it is stored, whether it came from a text upload, the CLI or the
/// plan JSON: the one validator for <see cref="ParsedPlan"/>. Messages are in Chinese for the import page and
/// name the field and row. Lengths come from PlanFieldLimits, the source of the columns' lengths too.
/// </summary>
public sealed class ParsedPlanValidator : AbstractValidator<ParsedPlan>
{
    /// <summary>At most this many text and duplicate problems are listed; the rest are counted.</summary>
    public const int MaxListed = 20;

    public ParsedPlanValidator()
    {
        RuleFor(p => p.Region).NotEmpty().WithMessage("未能识别规划所属地区（如“长沙市”）。");
        RuleFor(p => p.Title).NotEmpty().WithMessage("未能识别规划标题。");
        RuleFor(p => p.PeriodStart).NotEqual(0).WithMessage("未能确定规划期：请在文本中写明规划期（如“2026—2030年”），或在 JSON 中填写 periodStart 和 periodEnd。")
            .InclusiveBetween(2000, 2100).When(p => p.PeriodStart != 0).WithMessage("规划期起始年份不合理。");
        RuleFor(p => p.PeriodEnd).GreaterThanOrEqualTo(p => p.PeriodStart).WithMessage("规划期结束年份早于起始年份。");
        RuleFor(p => p).Must(p => p.Chapters.Count > 0 || p.Indicators.Count > 0).WithMessage("文件中没有找到章节或主要指标，看起来不是一份规划文本。");
        RuleForEach(p => p.Chapters).ChildRules(chapter => chapter.RuleFor(c => c.Title).NotEmpty().WithMessage(c => $"第{c.Number}章缺少标题。"));
        RuleForEach(p => p.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Name).NotEmpty().WithMessage(i => $"主要指标表中序号{i.Number}的指标名称为空。");
            indicator.RuleFor(i => i.Attribute).Must(a => a is null or "预期性" or "约束性").WithMessage(i => $"指标“{i.Name}”的属性只能是“预期性”或“约束性”。");
        });
        RuleForEach(p => p.PreviousPeriod).ChildRules(result => result.RuleFor(r => r.Name).NotEmpty().WithMessage(r => $"上期规划指标表中序号{r.Number}的指标名称为空。"));
        RuleFor(p => p.Indicators).Must(ParentsExist).WithMessage("“其中”行指向的上级指标不存在。");
        RuleForEach(p => p.Projects).ChildRules(project =>
        {
            project.RuleFor(p => p.Name).NotEmpty().WithMessage("项目名称不能为空。");
            project.RuleFor(p => p.TotalInvestment).GreaterThanOrEqualTo(0).WithMessage(p => $"项目“{p.Name}”的总投资不能为负数。");
            project.RuleFor(p => p.PeriodInvestment).GreaterThanOrEqualTo(0).WithMessage(p => $"项目“{p.Name}”的规划期内投资不能为负数。");
        });
        RuleFor(p => p).Custom((plan, context) =>
        {
            var problems = ParsedPlanFields.All(plan).Select(f => (Path: f.Path ?? string.Empty, Message: PlanTextRules.Problem(f)))
                .Concat(ParsedPlanDuplicates.Find(plan).Select(m => (Path: string.Empty, Message: (string?)m)))
                .Where(p => p.Message is not null).ToList();
            foreach (var (path, message) in problems.Take(MaxListed))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(path, message));
            }

            if (problems.Count > MaxListed)
            {
                context.AddFailure($"另有 {problems.Count - MaxListed} 处问题未列出。");
            }
        });
    }

    private static bool ParentsExist(IReadOnlyList<ParsedIndicator> indicators)
    {
        var numbers = indicators.Where(i => i.Number is not null).Select(i => i.Number).ToHashSet();
        return indicators.All(i => i.ParentNumber is null || numbers.Contains(i.ParentNumber));
    }
}
