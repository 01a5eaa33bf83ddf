using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Catalogue;
using PlanTracker.Domain.Catalogue;

namespace PlanTracker.Data.Tests;

public class CatalogueMapperTests
{
    [Fact]
    public async Task The_seed_plans_share_their_common_indicators_and_never_mix_counts_with_rates()
    {
        await using var host = await ImportTestHost.CreateAsync("catalogue");
        // Each import maps in its own transaction (ImportPipelineTests); a later pass finds nothing left to map.
        var imported = await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);
        var mapper = host.Services.GetRequiredService<CatalogueMapper>();

        var again = await mapper.MapAutomaticallyAsync();

        Assert.True(imported.Sum(r => r.MappedToCatalogue) > 0);
        Assert.Equal(0, again);
        await using var context = host.NewContext();
        var mapped = await (
            from mapping in context.IndicatorMappings
            join canonical in context.CanonicalIndicators on mapping.CanonicalIndicatorId equals canonical.Id
            join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            select new { Canonical = canonical.Name, CanonicalUnit = canonical.Unit, indicator.Unit, City = plan.Region!.Name })
            .ToListAsync();
        // Every plan prints 城镇新增就业人数 in 万人 (read from the four texts).
        Assert.Equal(Sorted("株洲市", "湘西自治州", "长沙市", "鄂州市"), Sorted([.. mapped.Where(m => m.Canonical == "城镇新增就业人数").Select(m => m.City)]));
        // 长沙, 株洲 and 鄂州 plan 失业保险参保人数 in 万人; 湘西 calls it 失业保险累计参保人数, a different name left to an admin.
        Assert.Equal(Sorted("株洲市", "长沙市", "鄂州市"), Sorted([.. mapped.Where(m => m.Canonical == "失业保险参保人数").Select(m => m.City)]));
        Assert.All(mapped, m => Assert.NotNull(Units.ConversionFactor(m.Unit, m.CanonicalUnit)));
    }

    [Fact]
    public async Task An_admin_may_map_by_hand_with_unit_conversion_but_never_a_rate_onto_a_count()
    {
        await using var host = await ImportTestHost.CreateAsync("catalogue-manual");
        await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);
        var mapper = host.Services.GetRequiredService<CatalogueMapper>();
        await mapper.MapAutomaticallyAsync();
        await using var context = host.NewContext();
        var insured = await context.CanonicalIndicators.SingleAsync(c => c.Name == "失业保险参保人数");
        var xiangxiInsured = await context.Indicators.SingleAsync(i => i.Name == "失业保险累计参保人数");
        var rate = await context.Indicators.FirstAsync(i => i.Name == "城镇调查失业率");

        var byHand = await mapper.MapAsync(xiangxiInsured.Id, insured.Id, "admin");
        var refused = await mapper.MapAsync(rate.Id, insured.Id, "admin");

        Assert.True(byHand.Succeeded);
        Assert.False(refused.Succeeded);
        Assert.Equal("单位不可比：“城镇调查失业率”的单位是“%”，目录指标“失业保险参保人数”的单位是“万人”。", refused.Message);
        Assert.False(await context.IndicatorMappings.AnyAsync(m => m.IndicatorId == rate.Id && m.CanonicalIndicatorId == insured.Id));
        var stored = await context.IndicatorMappings.SingleAsync(m => m.IndicatorId == xiangxiInsured.Id);
        Assert.Equal((insured.Id, 1m, "admin"), (stored.CanonicalIndicatorId, stored.UnitFactor, stored.MappedBy));
    }

    private static List<string> Sorted(params string[] cities) => [.. cities.Order(StringComparer.Ordinal)];
}
