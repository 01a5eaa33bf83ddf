using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Catalogue;
using PlanTracker.Data.Reporting;
using PlanTracker.Domain.Reporting;
using PlanTracker.TestSupport;

namespace PlanTracker.Data.Tests;

public class DemoAndScaleDataTests
{
    [Fact]
    public async Task Demo_values_fill_2021_to_2023_never_touch_real_reports_and_go_with_one_command()
    {
        await using var host = await ImportTestHost.CreateAsync("demo");
        await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);
        await using (var context = host.NewContext())
        {
            // A real report the demo data must leave alone: 长沙 城镇新增就业人数 2021.
            var jobs = await context.Indicators.SingleAsync(i => i.Name == "城镇新增就业人数" && context.Plans.Any(p => p.Id == i.PlanId && p.Region!.Name == "长沙市"));
            context.IndicatorValues.Add(new IndicatorValue { IndicatorId = jobs.Id, Year = 2021, Value = 16.2m, UpdatedBy = "changsha-reporter", UpdatedAt = DateTimeOffset.UtcNow });
            await context.SaveChangesAsync();
        }

        var seeder = host.Services.GetRequiredService<DemoDataSeeder>();
        var added = await seeder.SeedAsync();
        var addedAgain = await seeder.SeedAsync();

        await using (var context = host.NewContext())
        {
            Assert.True(added > 100);
            Assert.Equal(0, addedAgain);
            Assert.All(await context.IndicatorValues.Where(v => v.IsDemo).Select(v => v.Year).Distinct().ToListAsync(), y => Assert.InRange(y, 2021, 2023));
            Assert.Equal(16.2m, await context.IndicatorValues.Where(v => !v.IsDemo).Select(v => v.Value).SingleAsync());
            // Text-only targets (鄂州 1：4：5 is a 13th-plan row; 14th-plan rows all have numbers) get nothing invented.
            Assert.True(await context.IndicatorValues.AnyAsync(v => v.IsDemo));
        }

        var removed = await seeder.RemoveAsync();

        await using (var context = host.NewContext())
        {
            Assert.Equal(added, removed);
            Assert.False(await context.IndicatorValues.AnyAsync(v => v.IsDemo));
            Assert.Equal(1, await context.IndicatorValues.CountAsync());
        }
    }

    [Fact]
    public async Task The_scale_generator_derives_plans_of_20_indicators_with_five_years_and_mappings_and_removes_them()
    {
        await using var host = await ImportTestHost.CreateAsync("scale");
        await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);
        var generator = host.Services.GetRequiredService<ScaleDataGenerator>();

        Assert.Equal(6, await generator.GenerateAsync(6));

        await using (var context = host.NewContext())
        {
            var synthetic = context.Plans.Where(p => p.Region!.Province == ScaleDataGenerator.SyntheticProvince);
            Assert.Equal(6, await synthetic.CountAsync());
            Assert.Equal(6 * ScaleDataGenerator.IndicatorsPerPlan, await context.Indicators.CountAsync(i => synthetic.Any(p => p.Id == i.PlanId)));
            var years = await context.IndicatorValues.Where(v => context.Indicators.Any(i => i.Id == v.IndicatorId && synthetic.Any(p => p.Id == i.PlanId))).Select(v => v.Year).Distinct().OrderBy(y => y).ToListAsync();
            Assert.Equal([2021, 2022, 2023, 2024, 2025], years);
            Assert.True(await context.IndicatorMappings.CountAsync(m => context.Indicators.Any(i => i.Id == m.IndicatorId && synthetic.Any(p => p.Id == i.PlanId))) >= 6 * 10);
        }

        Assert.Equal(6, await generator.RemoveAsync());
        await using var after = host.NewContext();
        Assert.Equal(4, await after.Plans.CountAsync());
        Assert.Equal(4, await after.Regions.CountAsync());
    }
}
