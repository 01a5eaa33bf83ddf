using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Regions;
using PlanTracker.Import.Model;

namespace PlanTracker.Fuzz;

/// <summary>
/// What PostgreSQL would refuse, checked without a database against the EF Core model itself (not against
/// PlanFieldLimits, so that a limit the validator and the model disagree on is found): each string within its
/// column's length and free of NUL, numbers unique where a unique index says so, parents linkable.
/// </summary>
public sealed class StorageCheck
{
    private readonly Microsoft.EntityFrameworkCore.Metadata.IModel _model;

    public StorageCheck()
    {
        var options = new DbContextOptionsBuilder<PlanTrackerDbContext>().UseNpgsql("Host=unused.invalid").Options;
        using var context = new PlanTrackerDbContext(options);
        _model = context.Model;
    }

    /// <summary>Null when the plan could be stored; otherwise what the database would fail on.</summary>
    public string? Problem(ParsedPlan parsed)
    {
        var region = KnownRegions.Find(parsed.Region) ?? KnownRegions.Unlisted(parsed.Region!);
        var plan = new Plan { Title = parsed.Title!, Region = region, PeriodStart = parsed.PeriodStart, PeriodEnd = parsed.PeriodEnd, CreatedAt = DateTimeOffset.UnixEpoch };
        PlanMapper.Apply(plan, parsed);
        PlanMapper.LinkParents(plan, parsed);
        var source = new SourceDocument { FileName = "fuzz.txt", Sha256 = new string('0', 64), Layout = parsed.Layout, Encoding = "utf-8", ImportedBy = "fuzz" };
        IEnumerable<object> entities =
        [
            region, plan, source, .. plan.Chapters, .. plan.Chapters.SelectMany(c => c.Sections), .. plan.Indicators, .. plan.PreviousPeriodResults,
            .. plan.SpecialColumns, .. plan.SpecialColumns.SelectMany(c => c.Items), .. plan.SpecialColumns.SelectMany(c => c.Items).SelectMany(i => i.Targets), .. plan.Projects,
        ];
        foreach (var entity in entities)
        {
            if (Strings(entity) is { } problem)
            {
                return problem;
            }
        }

        if (Duplicated(plan.Chapters.Select(c => c.Number)) || plan.Chapters.Any(c => Duplicated(c.Sections.Select(s => s.Number))) || Duplicated(plan.SpecialColumns.Select(c => c.Number)))
        {
            return "unique index: chapter, section or 专栏 number repeated";
        }

        return null;
    }

    private string? Strings(object entity)
    {
        var type = _model.FindEntityType(entity.GetType());
        foreach (var property in entity.GetType().GetProperties())
        {
            var value = property.GetValue(entity);
            var max = type?.FindProperty(property.Name)?.GetMaxLength();
            foreach (var text in Texts(value))
            {
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    return $"NUL in {entity.GetType().Name}.{property.Name}";
                }

                if (max is { } limit && text.Length > limit && value is string)
                {
                    return $"{entity.GetType().Name}.{property.Name}: {text.Length} > varchar({limit})";
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        string s => [s],
        Measure m => [m.Text],
        IDictionary<string, string> d => d.Keys.Concat(d.Values),
        IEnumerable<string> list => list,
        _ => [],
    };

    private static bool Duplicated(IEnumerable<int> numbers)
    {
        var seen = new HashSet<int>();
        return numbers.Any(n => !seen.Add(n));
    }
}
