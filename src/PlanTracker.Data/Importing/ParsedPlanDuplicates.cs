using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// Rows that would be stored twice: the importer recognises rows by name (indicators, 十三五 rows, projects) or by
/// number (chapters, sections, 专栏, 专栏 items), so two rows with one identity are refused, naming both rows.
/// </summary>
public static class ParsedPlanDuplicates
{
    public static IEnumerable<string> Find(ParsedPlan plan)
    {
        foreach (var message in Repeated(plan.Indicators, i => IndicatorKey.For(i.Name ?? string.Empty), i => i.Name, (name, a, b) => $"主要指标表第{a}行和第{b}行是同一指标“{name}”，请删除重复的行后再导入。"))
        {
            yield return message;
        }

        foreach (var message in Repeated(plan.PreviousPeriod, r => IndicatorKey.For(r.Name ?? string.Empty), r => r.Name, (name, a, b) => $"“十三五”指标表第{a}行和第{b}行是同一指标“{name}”，请删除重复的行后再导入。"))
        {
            yield return message;
        }

        foreach (var message in Repeated(plan.Projects, p => IndicatorKey.For(p.Name ?? string.Empty), p => p.Name, (name, a, b) => $"项目表第{a}行和第{b}行是同一项目“{name}”，请删除重复的行后再导入。"))
        {
            yield return message;
        }

        foreach (var message in Repeated(plan.Chapters, c => c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), c => $"第{c.Number}章", (name, _, _) => $"{name}出现了两次（章节编号重复），请核对后再导入。"))
        {
            yield return message;
        }

        foreach (var chapter in plan.Chapters)
        {
            foreach (var message in Repeated(chapter.Sections, s => s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), s => $"第{chapter.Number}章第{s.Number}节", (name, _, _) => $"{name}出现了两次（同一章内节编号重复），请核对后再导入。"))
            {
                yield return message;
            }
        }

        foreach (var message in Repeated(plan.SpecialColumns, c => c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), c => $"专栏{c.Number}", (name, _, _) => $"{name}出现了两次（专栏编号重复），请核对后再导入。"))
        {
            yield return message;
        }

        foreach (var column in plan.SpecialColumns)
        {
            foreach (var message in Repeated(column.Items, i => i.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), i => $"专栏{column.Number}第{i.Number}项", (name, _, _) => $"{name}出现了两次（条目编号重复），请核对后再导入。"))
            {
                yield return message;
            }
        }
    }

    private static IEnumerable<string> Repeated<T>(IReadOnlyList<T> rows, Func<T, string> key, Func<T, string> name, Func<string, int, int, string> message)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var k = key(rows[i]);
            if (k.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(k, out var earlier))
            {
                yield return message(name(rows[i]), earlier + 1, i + 1);
            }
            else
            {
                first.Add(k, i);
            }
        }
    }
}
