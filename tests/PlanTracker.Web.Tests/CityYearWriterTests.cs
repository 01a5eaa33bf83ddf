using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Issue 17: the city-year writer runs the request's own validator before anything else, for every writer alike; an
/// invalid request opens no gate, runs no step, creates no report and writes no audit row.
/// </summary>
public class CityYearWriterTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    public static TheoryData<object> InvalidRequests => new()
    {
        // A return says why (MoveReportRequestValidator).
        new MoveReportRequest(0, 2024, null, ReportAction.Return, "  "),
        // A percentage above 100 (SaveItemProgressRequestValidator).
        new SaveItemProgressRequest { RegionId = 0, Year = 2024, Items = [new ItemProgressInput { ItemId = 1, Name = "测试", PercentComplete = 150, Status = WorkStatus.InProgress }] },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task An_invalid_request_is_refused_by_its_validator_before_the_gate_opens(object request)
    {
        var writer = portal.Services.GetRequiredService<CityYearWriter>();
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = await context.Regions.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var target = new CityYearWriteTarget(regionId, 2024, "validator-test", null, CityYearGateMode.Merging, AuditActions.ValuesSaved);
        var stepRan = false;
        Task<CityYearStep<bool>> Step(CityYearWriteScope scope)
        {
            stepRan = true;
            return Task.FromResult(CityYearStep<bool>.Commit(true, "不应写入"));
        }

        var write = request switch
        {
            MoveReportRequest move => await writer.WriteAsync(target, move, Step),
            SaveItemProgressRequest items => await writer.WriteAsync(target, items, Step),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };

        Assert.Equal(OutcomeKind.Invalid, write.Kind);
        Assert.NotEmpty(write.Errors);
        Assert.False(stepRan);
        Assert.False(await context.CityYearReports.AnyAsync(r => r.RegionId == regionId && r.Year == 2024 && r.UpdatedBy == "validator-test"));
        Assert.False(await context.AuditEvents.AnyAsync(e => e.UserName == "validator-test"));
    }
}
