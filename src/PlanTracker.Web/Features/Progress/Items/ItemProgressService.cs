using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Plans;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>
/// The reporter's yearly progress on the plan's 专栏 items, projects and the quantitative targets inside item texts.
/// Saves go through <see cref="ReportGate"/> like indicator values: own city only, open years and editable reports
/// only, each row merged against what the form was loaded from (a row someone else changed meanwhile is a conflict,
/// written nowhere).
/// </summary>
public sealed class ItemProgressService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    CityYearWriter writer)
{
    private const int ExcerptLength = 60;

    /// <summary>The signed-in reporter's own city: 专栏 items with targets, projects, this year's input and earlier years.</summary>
    public async Task<ItemProgressForm?> LoadAsync(int year, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user?.RegionId is not { } regionId || !await guard.CanWriteRegionAsync(regionId, $"progress/{year}/items"))
        {
            return null;
        }

        return await BuildAsync(regionId, year, cancellationToken);
    }

    /// <summary>The same for whoever may read the city (its leader reviewing the year, the province): read only, never saved.</summary>
    public async Task<ItemProgressForm?> ReadAsync(int regionId, int year, CancellationToken cancellationToken = default) =>
        await guard.CanReadRegionAsync(regionId, $"progress/{year}/items/read") ? await BuildAsync(regionId, year, cancellationToken) : null;

    private async Task<ItemProgressForm?> BuildAsync(int regionId, int year, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var planId = await context.Plans.AsNoTracking().InForce(regionId, year).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (planId is null)
        {
            return null;
        }

        var columns = await context.SpecialColumns.AsNoTracking()
            .Where(c => c.PlanId == planId && c.Kind == "items" && c.Items.Count > 0)
            .OrderBy(c => c.Number)
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Title,
                Items = c.Items.OrderBy(i => i.Number).Select(i => new
                {
                    i.Id,
                    i.Number,
                    i.Title,
                    i.Text,
                    Targets = i.Targets.OrderBy(t => t.Id).Select(t => new { t.Id, t.Phrase, t.Value, t.Unit, t.Comparator, t.Year }).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var projects = await context.Projects.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Ordinal)
            .Select(p => new { p.Id, p.Name, p.Nature, p.Period, p.TotalInvestment, p.PeriodInvestment }).ToListAsync(cancellationToken);

        var itemIds = columns.SelectMany(c => c.Items).Select(i => (int?)i.Id).ToList();
        var projectIds = projects.Select(p => (int?)p.Id).ToList();
        var targetIds = columns.SelectMany(c => c.Items).SelectMany(i => i.Targets).Select(t => t.Id).ToList();
        var progress = await context.ItemProgress.AsNoTracking()
            .Where(p => p.Year <= year && (itemIds.Contains(p.SpecialColumnItemId) || projectIds.Contains(p.ProjectId)))
            .OrderBy(p => p.Year).ToListAsync(cancellationToken);
        var targetValues = await context.ItemTargetValues.AsNoTracking().Where(v => v.Year <= year && targetIds.Contains(v.ItemTargetId)).ToListAsync(cancellationToken);

        IReadOnlyList<YearProgress> Earlier(Func<ItemProgress, bool> subject) =>
            [.. progress.Where(p => p.Year < year && subject(p)).Select(p => new YearProgress(p.Year, p.PercentComplete, p.Status, p.CompletedInvestment, p.Note))];
        ItemProgress? Current(Func<ItemProgress, bool> subject) => progress.SingleOrDefault(p => p.Year == year && subject(p));

        var columnViews = columns.Select(c => new ColumnProgressView(c.Id, c.Number, c.Title, [.. c.Items.Select(i => new ItemProgressView(
            i.Id, i.Number, i.Title, Excerpt(i.Text),
            [.. i.Targets.Select(t => new ItemTargetView(t.Id, t.Phrase, t.Value, t.Unit, t.Comparator, t.Year,
                targetValues.Where(v => v.ItemTargetId == t.Id && v.Year < year).ToDictionary(v => v.Year, v => v.Value)))],
            Earlier(p => p.SpecialColumnItemId == i.Id)))])).ToList();
        var projectViews = projects.Select(p => new ProjectProgressView(p.Id, p.Name, p.Nature, p.Period, p.TotalInvestment, p.PeriodInvestment, Earlier(x => x.ProjectId == p.Id))).ToList();

        var request = new SaveItemProgressRequest
        {
            RegionId = regionId,
            Year = year,
            Items = [.. columnViews.SelectMany(c => c.Items).Select(i => Fill(new ItemProgressInput { ItemId = i.ItemId, Name = i.Title }, Current(p => p.SpecialColumnItemId == i.ItemId)))],
            Projects = [.. projectViews.Select(p =>
            {
                var current = Current(x => x.ProjectId == p.ProjectId);
                return Fill(new ProjectProgressInput { ProjectId = p.ProjectId, Name = p.Name, HasInvestment = p.HasInvestment, CompletedInvestment = current?.CompletedInvestment }, current);
            })],
            TargetValues = [.. columnViews.SelectMany(c => c.Items).SelectMany(i => i.Targets).Select(t => new ItemTargetValueInput
            {
                ItemTargetId = t.TargetId, Phrase = t.Phrase, Unit = t.Unit, Value = targetValues.SingleOrDefault(v => v.ItemTargetId == t.TargetId && v.Year == year)?.Value,
            })],
        };
        foreach (var target in request.TargetValues)
        {
            target.BaseValue = target.Value;
        }

        return new ItemProgressForm(regionId, year, columnViews, projectViews, request);
    }

    /// <summary>
    /// Saves the 专栏/project part alone through the city-year writer (its validator, the report gate, one transaction),
    /// row by row against what the form was loaded from (<see cref="ItemProgressWriter"/>); the entry page saves it
    /// together with the indicator rows (<see cref="ProgressEntryService"/>). Its value is the report's new version; rows
    /// someone else changed meanwhile come back as a conflict, unwritten.
    /// </summary>
    public async Task<Outcome<uint>> SaveAsync(SaveItemProgressRequest request, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (await PrepareAsync(request, cancellationToken) is { } refusal)
        {
            return Outcome<uint>.Fail(OutcomeKind.Refused, refusal);
        }

        var target = new CityYearWriteTarget(request.RegionId, request.Year, user!.UserName, null, CityYearGateMode.Merging, AuditActions.ItemProgressSaved);
        var write = await writer.WriteAsync(target, request, async scope =>
        {
            var written = await ItemProgressWriter.ApplyAsync(scope.Context, request, user.UserName, scope.Now, scope.CancellationToken);
            return CityYearStep<WorkWrite>.Commit(written, written.Detail);
        }, cancellationToken);
        return write.Kind switch
        {
            OutcomeKind.Succeeded when write.Value!.Conflicts.Count > 0 => new(OutcomeKind.Conflict, write.Report!.Version, [write.Value.ConflictMessage!]),
            OutcomeKind.Succeeded => Outcome<uint>.Of(write.Report!.Version),
            _ => new(write.Kind, default, write.Errors),
        };
    }

    /// <summary>
    /// Whether this user may write the city's 专栏 for the year and the request names only the plan's own items, projects
    /// and targets; fills their names from the plan (never trusted from the client). The refusal, or null.
    /// </summary>
    public async Task<string?> PrepareAsync(SaveItemProgressRequest request, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanWriteRegionAsync(request.RegionId, $"progress/{request.Year}/items/save"))
        {
            return "只有本市的填报员可以填报本市的专栏与项目进度。";
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scope = await PlanScope.ReadAsync(context, request.RegionId, request.Year, cancellationToken);
        if (scope.Refusal(request) is { } refusal)
        {
            return refusal;
        }

        scope.FillNames(request);
        return null;
    }

    private static T Fill<T>(T input, ItemProgress? current)
        where T : WorkProgressInput
    {
        (input.PercentComplete, input.Status, input.Note) = (current?.PercentComplete, current?.Status, current?.Note);
        input.Base = WorkFields.Of(current);
        return input;
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : string.Concat(flat.AsSpan(0, ExcerptLength), "…");
    }
}
