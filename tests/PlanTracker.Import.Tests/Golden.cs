using System.Globalization;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests;

/// <summary>Assertions shared by the golden tests; expected values are typed from the seed texts.</summary>
internal static class Golden
{
    public static decimal? D(string? value) => value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture);

    public static void Measure(ParsedMeasure actual, string text, string? value, string? comparator, bool compareText = true)
    {
        if (compareText)
        {
            Assert.Equal(text, actual.Text);
        }
        else
        {
            Assert.Equal(Compact(text), Compact(actual.Text));
        }

        Assert.Equal(D(value), actual.Value);
        Assert.Equal(comparator, actual.Comparator);
    }

    public static ParsedIndicator Indicator(ParsedPlan plan, int number) =>
        Assert.Single(plan.Indicators, i => i.Number == number);

    public static ParsedPreviousResult Previous(ParsedPlan plan, int number) =>
        Assert.Single(plan.PreviousPeriod, i => i.Number == number);

    /// <summary>"1|发展基础;面临形势" per chapter: number|title|section titles in order (sections numbered from 1).</summary>
    public static void Chapters(ParsedPlan plan, params string[] expected)
    {
        Assert.Equal(expected.Length, plan.Chapters.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var parts = expected[i].Split('|');
            var chapter = plan.Chapters[i];
            Assert.Equal(i + 1, chapter.Number);
            Assert.Equal(parts[0], chapter.Title);
            var sections = parts.Length > 1 && parts[1].Length > 0 ? parts[1].Split(';') : [];
            Assert.Equal(sections, chapter.Sections.Select(s => s.Title).ToArray());
            Assert.Equal(Enumerable.Range(1, sections.Length), chapter.Sections.Select(s => s.Number));
        }
    }

    /// <summary>"3|就业创业提升行动计划|items|高校毕业生…;就业创业…" per 专栏; items are numbered from 1.</summary>
    public static void SpecialColumns(ParsedPlan plan, params string[] expected)
    {
        Assert.Equal(expected.Length, plan.SpecialColumns.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var parts = expected[i].Split('|');
            var column = plan.SpecialColumns[i];
            Assert.Equal(int.Parse(parts[0], CultureInfo.InvariantCulture), column.Number);
            Assert.Equal(parts[1], column.Title);
            Assert.Equal(parts[2], column.Kind);
            var items = parts.Length > 3 && parts[3].Length > 0 ? parts[3].Split(';') : [];
            Assert.Equal(items, column.Items.Select(x => x.Title).ToArray());
            Assert.Equal(Enumerable.Range(1, items.Length), column.Items.Select(x => x.Number));
        }
    }

    /// <summary>
    /// Runs a golden class's per-row check (<paramref name="check"/>) over every [InlineData] row of its theory
    /// (<paramref name="theory"/>), with <paramref name="leading"/> (the plan, …) first: the same expectations for
    /// another parse of the same plan (its PDF). Returns the number of rows checked.
    /// </summary>
    public static int ForEachRow<T>(string theory, string check, params object[] leading)
    {
        var rows = typeof(T).GetMethod(theory)!.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().ToList();
        var method = typeof(T).GetMethod(check, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!;
        foreach (var row in rows)
        {
            try
            {
                method.Invoke(null, [.. leading, .. row.GetData(method).Single()]);
            }
            catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            }
        }

        return rows.Count;
    }

    /// <summary>Without spaces and with ＞/＜ as >/&lt;: how the PDF dump and the Markdown text may differ.</summary>
    public static string Compact(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('＞', '>').Replace('＜', '<').Replace('％', '%');
}
