using System.Globalization;
using PlanTracker.Import.Model;
using PlanTracker.Import.Tests.Variants;

namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>The outline sections of a golden plan: chapters and sections, 专栏 and their items, projects.</summary>
internal static class OutlineScorer
{
    public static void Chapters(GoldenPlan golden, ParsedPlan plan, SectionScore score)
    {
        score.Equal("chapter count", golden.Chapters.Count, plan.Chapters.Count);
        for (var i = 0; i < golden.Chapters.Count; i++)
        {
            var parts = golden.Chapters[i].Split('|');
            var sections = parts.Length > 1 && parts[1].Length > 0 ? parts[1].Split(';') : [];
            if (i >= plan.Chapters.Count)
            {
                score.Missing($"第{i + 1}章 {parts[0]}", 3 + (2 * sections.Length));
                continue;
            }

            var chapter = plan.Chapters[i];
            score.Row($"第{i + 1}章", () =>
            {
                score.Equal("number", i + 1, chapter.Number);
                score.Equal("title", parts[0], chapter.Title);
                score.Equal("section count", sections.Length, chapter.Sections.Count);
                for (var s = 0; s < sections.Length; s++)
                {
                    var section = s < chapter.Sections.Count ? chapter.Sections[s] : null;
                    score.Equal($"第{s + 1}节 title", sections[s], section?.Title);
                    score.Equal($"第{s + 1}节 number", (int?)(s + 1), section?.Number);
                }
            });
        }
    }

    public static void SpecialColumns(GoldenPlan golden, ParsedPlan plan, SectionScore score)
    {
        score.Equal("专栏 count", golden.SpecialColumns.Count, plan.SpecialColumns.Count);
        for (var i = 0; i < golden.SpecialColumns.Count; i++)
        {
            var parts = golden.SpecialColumns[i].Split('|');
            var number = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var items = parts.Length > 3 && parts[3].Length > 0 ? parts[3].Split(';') : [];
            if (i >= plan.SpecialColumns.Count)
            {
                score.Missing($"专栏{number} {parts[1]}", 4 + (2 * items.Length));
                continue;
            }

            var column = plan.SpecialColumns[i];
            score.Row($"专栏{number}", () =>
            {
                score.Equal("number", number, column.Number);
                score.Equal("title", parts[1], column.Title);
                score.Equal("kind", parts[2], column.Kind);
                score.Equal("item count", items.Length, column.Items.Count);
                for (var n = 0; n < items.Length; n++)
                {
                    var item = n < column.Items.Count ? column.Items[n] : null;
                    score.Equal($"item {n + 1} title", items[n], item?.Title);
                    score.Equal($"item {n + 1} number", (int?)(n + 1), item?.Number);
                }
            });
        }
    }

    public static void Projects(GoldenPlan golden, ParsedPlan plan, SectionScore score)
    {
        score.Equal("project count", golden.Projects.Count, plan.Projects.Count);
        foreach (var expected in golden.Projects)
        {
            var project = plan.Projects.FirstOrDefault(p => p.Name == expected.Name);
            if (project is null)
            {
                score.Missing(expected.Name, 10);
                continue;
            }

            score.Row(expected.Name, () =>
            {
                score.Equal("name", expected.Name, project.Name);
                score.Equal("nature", expected.Nature, project.Nature);
                score.Equal("location", expected.Location, project.Location);
                score.Equal("owner", expected.Owner, project.Owner);
                var content = project.Content ?? string.Empty;
                score.Check("content start", content.StartsWith(expected.ContentStart, StringComparison.Ordinal), $"“{expected.ContentStart}…”", $"“{Cut(content)}”");
                score.Check("content end", content.EndsWith(expected.ContentEnd, StringComparison.Ordinal), $"“…{expected.ContentEnd}”", $"“{Cut(content)}”");
                score.Equal("period", expected.Period, project.Period);
                score.Equal("totalInvestment", (decimal?)expected.TotalInvestment, project.TotalInvestment);
                score.Equal("periodInvestment", (decimal?)expected.PeriodInvestment, project.PeriodInvestment);
                score.Equal("fundingSource", expected.FundingSource, project.FundingSource);
            });
        }
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..20] + "…" + text[^20..];
}
