using PlanTracker.Domain.Plans;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>One text a parsed plan would store: a Chinese label naming the field and row, the value, its limit (null: a text column).</summary>
public sealed record PlanTextField(string Label, string? Value, int? MaxLength)
{
    /// <summary>The field's place in the plan ("Indicators[3].Name") where a form shows it, so a problem can be marked at its row.</summary>
    public string? Path { get; init; }
}

/// <summary>
/// Every text of a <see cref="ParsedPlan"/> that reaches the database, with the limit of its column from
/// <see cref="PlanFieldLimits"/> (the source the EF Core configurations use too).
/// </summary>
public static class ParsedPlanFields
{
    public static IEnumerable<PlanTextField> All(ParsedPlan plan)
    {
        yield return new("地区名称", plan.Region, PlanFieldLimits.RegionShortName);
        yield return new("规划标题", plan.Title, PlanFieldLimits.PlanTitle);
        yield return new("文号", plan.DocumentNumber, PlanFieldLimits.DocumentNumber);
        yield return new("印发单位", plan.Issuer, PlanFieldLimits.Issuer);
        yield return new("版式（layout）", plan.Layout, PlanFieldLimits.SourceLayout);
        yield return new("主要指标表的注", plan.IndicatorFootnote, null);
        foreach (var chapter in plan.Chapters)
        {
            var name = $"第{chapter.Number}章";
            yield return new($"{name}标题", chapter.Title, PlanFieldLimits.ChapterTitle);
            foreach (var field in Paragraphs(name, chapter.Paragraphs))
            {
                yield return field;
            }

            foreach (var section in chapter.Sections)
            {
                var sectionName = $"{name}第{section.Number}节";
                yield return new($"{sectionName}标题", section.Title, PlanFieldLimits.SectionTitle);
                foreach (var field in Paragraphs(sectionName, section.Paragraphs))
                {
                    yield return field;
                }
            }
        }

        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            var indicator = plan.Indicators[i];
            var row = $"主要指标表第{i + 1}行{Number(indicator.Number)}";
            yield return new($"{row}的名称", indicator.Name, PlanFieldLimits.IndicatorName) { Path = $"Indicators[{i}].Name" };
            yield return new($"{row}的单位", indicator.Unit, PlanFieldLimits.IndicatorUnit) { Path = $"Indicators[{i}].Unit" };
            yield return new($"{row}的类别", indicator.Category, PlanFieldLimits.IndicatorCategory) { Path = $"Indicators[{i}].Category" };
            yield return new($"{row}的基期值", indicator.Baseline?.Text, null) { Path = $"Indicators[{i}].Baseline" };
            yield return new($"{row}的目标值", indicator.Target?.Text, null) { Path = $"Indicators[{i}].Target" };
            foreach (var (header, value) in indicator.ExtraColumns ?? new Dictionary<string, string>())
            {
                yield return new($"{row}的列名", header, null);
                yield return new($"{row}的“{header}”列", value, null);
            }
        }

        for (var i = 0; i < plan.PreviousPeriod.Count; i++)
        {
            var result = plan.PreviousPeriod[i];
            var row = $"上期规划指标表第{i + 1}行{Number(result.Number)}";
            yield return new($"{row}的名称", result.Name, PlanFieldLimits.IndicatorName);
            yield return new($"{row}的单位", result.Unit, PlanFieldLimits.IndicatorUnit);
            yield return new($"{row}的十二五基数", result.PreviousBase?.Text, null);
            yield return new($"{row}的规划目标", result.Planned?.Text, null);
            yield return new($"{row}的完成值", result.Actual?.Text, null);
        }

        foreach (var column in plan.SpecialColumns)
        {
            var name = $"专栏{column.Number}";
            yield return new($"{name}标题", column.Title, PlanFieldLimits.SpecialColumnTitle);
            yield return new($"{name}类型", column.Kind, PlanFieldLimits.SpecialColumnKind);
            foreach (var item in column.Items)
            {
                var itemName = $"{name}第{item.Number}项";
                yield return new($"{itemName}标题", item.Title, PlanFieldLimits.ItemTitle);
                yield return new($"{itemName}正文", item.Text, null);
                foreach (var target in item.Targets)
                {
                    yield return new($"{itemName}的目标“{target.Phrase}”", target.Phrase, PlanFieldLimits.ItemTargetPhrase);
                    yield return new($"{itemName}的目标单位", target.Unit, PlanFieldLimits.ItemTargetUnit);
                }
            }
        }

        for (var i = 0; i < plan.Projects.Count; i++)
        {
            var project = plan.Projects[i];
            var row = $"项目表第{i + 1}行{Number(project.Number)}";
            yield return new($"{row}的项目名称", project.Name, PlanFieldLimits.ProjectName);
            yield return new($"{row}的建设性质", project.Nature, PlanFieldLimits.ProjectNature);
            yield return new($"{row}的建设地点", project.Location, PlanFieldLimits.ProjectLocation);
            yield return new($"{row}的建设主体", project.Owner, PlanFieldLimits.ProjectOwner);
            yield return new($"{row}的建设内容", project.Content, null);
            yield return new($"{row}的建设年限", project.Period, PlanFieldLimits.ProjectPeriod);
            yield return new($"{row}的资金来源", project.FundingSource, PlanFieldLimits.ProjectFundingSource);
        }
    }

    private static IEnumerable<PlanTextField> Paragraphs(string owner, IReadOnlyList<string> paragraphs) =>
        paragraphs.Select((p, k) => new PlanTextField($"{owner}第{k + 1}段", p, null));

    private static string Number(int? number) => number is null ? string.Empty : $"（序号{number}）";
}
