using FluentValidation;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// The checks every plan passes before it is stored, whether it came from a text upload, the CLI or the
/// plan JSON: the one validator for <see cref="ParsedPlan"/>. Messages are in Chinese for the import page.
/// </summary>
public sealed class ParsedPlanValidator : AbstractValidator<ParsedPlan>
{
    public ParsedPlanValidator()
    {
        RuleFor(p => p.Region).NotEmpty().WithMessage("未能识别规划所属地区（如“长沙市”）。").MaximumLength(64).WithMessage("地区名称过长。");
        RuleFor(p => p.Title).NotEmpty().WithMessage("未能识别规划标题。").MaximumLength(256).WithMessage("规划标题过长（最多 256 字）。");
        RuleFor(p => p.DocumentNumber).MaximumLength(64).WithMessage("文号过长（最多 64 字）。");
        RuleFor(p => p.Issuer).MaximumLength(128).WithMessage("印发单位名称过长（最多 128 字）。");
        RuleFor(p => p.PeriodStart).InclusiveBetween(2000, 2100).WithMessage("规划期起始年份不合理。");
        RuleFor(p => p.PeriodEnd).GreaterThanOrEqualTo(p => p.PeriodStart).WithMessage("规划期结束年份早于起始年份。");
        RuleFor(p => p).Must(p => p.Chapters.Count > 0 || p.Indicators.Count > 0).WithMessage("文件中没有找到章节或主要指标，看起来不是一份规划文本。");
        RuleFor(p => p.Chapters).Must(c => c.Select(x => x.Number).Distinct().Count() == c.Count).WithMessage("章节编号重复。");
        RuleForEach(p => p.Chapters).ChildRules(chapter =>
        {
            chapter.RuleFor(c => c.Title).NotEmpty().WithMessage("第{PropertyValue}章缺少标题。").MaximumLength(256).WithMessage("章标题过长。");
            chapter.RuleFor(c => c.Sections).Must(s => s.Select(x => x.Number).Distinct().Count() == s.Count).WithMessage("同一章内节编号重复。");
            chapter.RuleForEach(c => c.Sections).ChildRules(section => section.RuleFor(s => s.Title).MaximumLength(256).WithMessage("节标题过长。"));
        });
        RuleForEach(p => p.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Name).NotEmpty().WithMessage("指标名称不能为空。").MaximumLength(256).WithMessage("指标名称过长（最多 256 字）。");
            indicator.RuleFor(i => i.Unit).MaximumLength(32).WithMessage("指标“{PropertyValue}”的单位过长。");
            indicator.RuleFor(i => i.Category).MaximumLength(32).WithMessage("指标类别名称过长。");
            indicator.RuleFor(i => i.Attribute).Must(a => a is null or "预期性" or "约束性").WithMessage("指标属性只能是“预期性”或“约束性”。");
        });
        RuleFor(p => p.Indicators).Must(ParentsExist).WithMessage("“其中”行指向的上级指标不存在。");
        RuleFor(p => p.SpecialColumns).Must(c => c.Select(x => x.Number).Distinct().Count() == c.Count).WithMessage("专栏编号重复。");
        RuleForEach(p => p.SpecialColumns).ChildRules(column =>
        {
            column.RuleFor(c => c.Title).MaximumLength(256).WithMessage("专栏标题过长。");
            column.RuleForEach(c => c.Items).ChildRules(item => item.RuleFor(i => i.Title).MaximumLength(512).WithMessage("专栏条目标题过长。"));
        });
        RuleForEach(p => p.Projects).ChildRules(project =>
        {
            project.RuleFor(p => p.Name).NotEmpty().WithMessage("项目名称不能为空。").MaximumLength(256).WithMessage("项目名称过长。");
            project.RuleFor(p => p.TotalInvestment).GreaterThanOrEqualTo(0).WithMessage("总投资不能为负数。");
            project.RuleFor(p => p.PeriodInvestment).GreaterThanOrEqualTo(0).WithMessage("“十四五”期间投资不能为负数。");
        });
    }

    private static bool ParentsExist(IReadOnlyList<ParsedIndicator> indicators)
    {
        var numbers = indicators.Where(i => i.Number is not null).Select(i => i.Number).ToHashSet();
        return indicators.All(i => i.ParentNumber is null || numbers.Contains(i.ParentNumber));
    }
}
