using PlanTracker.Import.Tests.GoldenValues;

namespace PlanTracker.Import.Tests.Variants;

/// <summary>The scorer itself: a seed scores 100% on its own golden values, and what is missing is counted and named.</summary>
public class FidelityTests
{
    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void EverySeedScoresFullOnItsOwnGoldenValues(string seed)
    {
        var fidelity = SeedGolden.For(seed).Score(Seeds.Plan(seed));
        Assert.True(fidelity.AllMatched, fidelity.Report());
        Assert.All(fidelity.Sections, s => Assert.Equal(1, s.Share));
    }

    [Fact]
    public void AMissingRowIsCountedPerSection()
    {
        var plan = Seeds.Plan(Seeds.Changsha);
        var fidelity = ChangshaGolden.City.Score(plan with { Indicators = plan.Indicators.Where(i => i.Number != 7).ToList(), PreviousPeriod = [] });
        var summary = fidelity.Summary();
        Assert.Contains("main 91.3% (168/184 fields, 12/13 rows)", summary, StringComparison.Ordinal);
        Assert.Contains("previous 0% (0/183 fields, 0/13 rows)", summary, StringComparison.Ordinal);
        Assert.Contains("metadata 100% (7/7 fields)", summary, StringComparison.Ordinal);
        Assert.Contains("#7 失业保险参保人数: missing (14 fields)", fidelity.Report(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherCitysPlanDoesNotScoreFull()
    {
        var fidelity = ChangshaGolden.City.Score(Seeds.Plan(Seeds.Ezhou));
        Assert.False(fidelity.AllMatched);
        Assert.Contains(fidelity.Sections, s => s.Name == Fidelity.Main && s.Share < 0.5);
    }

    [Fact]
    public void AWrongValueFailsTheGoldenAssertionWithItsField()
    {
        var plan = Seeds.Plan(Seeds.Xiangxi);
        var changed = plan with { Indicators = plan.Indicators.Select(i => i.Number == 3 ? i with { Unit = "万人" } : i).ToList() };
        var failure = Assert.ThrowsAny<Exception>(() => XiangxiGolden.MainIndicators(changed));
        Assert.Contains("#3 unit: expected “%”, got “万人”", failure.Message, StringComparison.Ordinal);
    }
}
