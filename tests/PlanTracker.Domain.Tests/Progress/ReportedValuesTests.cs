using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using static PlanTracker.Domain.Tests.Progress.P;

namespace PlanTracker.Domain.Tests.Progress;

/// <summary>Which reported values count, and how τ follows the data rather than the calendar.</summary>
public class ReportedValuesTests
{
    private static IndicatorProgress Changsha(params YearValue[] values) =>
        ProgressEngine.Evaluate(M("[71.42]"), M("[75]"), false, false, values, P.Fourteenth);

    [Fact]
    public void TauComesFromTheLatestYearWithData()
    {
        // A 2023 mid-term review with final data for 2021–2022 only: τ = 2/5 = 40%, not 60%.
        var result = Changsha(new(2021, 16m), new(2022, 15m));

        Assert.Equal(2022, result.LatestYear);
        Assert.Equal(0.4m, result.Expected);
    }

    [Theory]
    [InlineData(2021, "0.2")]
    [InlineData(2022, "0.4")]
    [InlineData(2023, "0.6")]
    [InlineData(2024, "0.8")]
    [InlineData(2025, "1")]
    public void TauIsYearsElapsedOverFive(int year, string tau) =>
        Assert.Equal(D(tau), Changsha(new YearValue(year, 1m)).Expected);

    [Fact]
    public void OrderDoesNotMatter()
    {
        var inOrder = Changsha(new(2021, 16m), new(2022, 15m), new(2023, 14m));
        var shuffled = Changsha(new(2023, 14m), new(2021, 16m), new(2022, 15m));

        Assert.Equal(inOrder, shuffled);
    }

    [Fact]
    public void LatestYearIsTheHighestYearNotTheLastEntry()
    {
        // Level 182.8 → 212.7: entries 2023: 200 then 2021: 190 → latest is 2023: 200.
        var result = Run("182.8", "212.7", false, (2023, 200m), (2021, 190m));

        Assert.Equal(2023, result.LatestYear);
        Assert.Equal(200m, result.LatestValue);
    }

    [Fact]
    public void ForADuplicatedYearTheLastEntryWins()
    {
        // 2021 reported as 10 (快报) and later as 15 (revised): 15 + 12 = 27 → 27/75 = 36%, τ = 40% → 基本符合预期.
        var result = Changsha(new(2021, 10m), new(2022, 12m), new(2021, 15m));

        Assert.Equal(0.36m, result.Completion);
        Assert.Equal(ProgressStatus.OnTrack, result.Status);
    }

    [Fact]
    public void ForADuplicatedLatestYearTheLastEntryWins()
    {
        // 2022: 190 then 2022: 195 → latest 195 → 12.2/29.9.
        var result = Run("182.8", "212.7", false, (2022, 190m), (2022, 195m));

        Assert.Equal(195m, result.LatestValue);
        Assert.Equal(R(12.2m / 29.9m), R(result.Completion));
    }

    [Fact]
    public void YearsOutsideThePeriodAreIgnored()
    {
        // 2020 (the baseline period) and 2026 do not count: only 2021: 16 → 16/75, τ = 20%.
        var result = Changsha(new(2020, 71.42m), new(2021, 16m), new(2026, 30m));

        Assert.Equal(2021, result.LatestYear);
        Assert.Equal(R(16m / 75m), R(result.Completion));
        Assert.Equal(0.2m, result.Expected);
    }

    [Fact]
    public void EachYearShowsThePictureAfterThatYear()
    {
        // 16, 15, 14 → 2021: 16/75 = 21.33% vs 20%; 2022: 31/75 = 41.33% vs 40%; 2023: 45/75 = 60% vs 60%.
        var history = ProgressEngine.EvaluateEachYear(M("[71.42]"), M("[75]"), false, false, Years((2023, 14m), (2021, 16m), (2022, 15m)), P.Fourteenth);

        Assert.Equal([2021, 2022, 2023], history.Select(h => h.LatestYear!.Value));
        Assert.Equal([R(16m / 75m), R(31m / 75m), 0.6m], history.Select(h => R(h.Completion)));
        Assert.Equal([0.2m, 0.4m, 0.6m], history.Select(h => h.Expected!.Value));
        Assert.All(history, h => Assert.Equal(ProgressStatus.OnTrack, h.Status));
        Assert.Equal(Changsha(new(2021, 16m), new(2022, 15m), new(2023, 14m)), history[^1]);
    }

    [Fact]
    public void EachYearIsEmptyWithoutData() =>
        Assert.Empty(ProgressEngine.EvaluateEachYear(M("[71.42]"), M("[75]"), false, false, [], P.Fourteenth));

    [Fact]
    public void EachYearForTextOnlyIsNotAssessedEveryYear()
    {
        var history = ProgressEngine.EvaluateEachYear(M("1：4：5"), M("1：4：5"), false, false, Years((2021, 1m), (2022, 1m)), P.Fourteenth);

        Assert.Equal(2, history.Count);
        Assert.All(history, h => Assert.Equal(ProgressStatus.NotAssessable, h.Status));
    }

    [Fact]
    public void AnotherPeriodCanBeJudged()
    {
        // 长沙 13th plan [70.96] → [60] over 2016–2020: 14 + 15 + 16 = 45 → 75%, τ = 3/5 = 60% → +15 → 快于预期.
        // Remaining: (60 − 45) / 2 = 7.5. Projection: 45 / 3 × 5 = 75.
        var result = ProgressEngine.Evaluate(
            M("[70.96]"), M("[60]"), false, false, Years((2016, 14m), (2017, 15m), (2018, 16m)), new PlanPeriod(2016, 2020));

        Assert.Equal(0.75m, result.Completion);
        Assert.Equal(0.6m, result.Expected);
        Assert.Equal(ProgressStatus.Ahead, result.Status);
        Assert.Equal("完成75%，时序进度60%，超前15个百分点", result.Reason);
        Assert.Equal(7.5m, result.RemainingAnnualEffort);
        Assert.Equal(75m, result.ProjectionAtEnd);
    }

    [Fact]
    public void AchievedInAnotherPeriodNamesItsEndYear()
    {
        var result = ProgressEngine.Evaluate(
            M("[70.96]"), M("[60]"), false, false, Years((2016, 30m), (2017, 31m)), new PlanPeriod(2016, 2020));

        Assert.Equal("完成102%，时序进度40%，已提前实现2020年目标", result.Reason);
    }

    [Fact]
    public void RejectsABackwardPeriod() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProgressEngine.Evaluate(M("1"), M("2"), false, false, [], new PlanPeriod(2025, 2021)));

    [Fact]
    public void RejectsNullValues()
    {
        Assert.Throws<ArgumentNullException>(() => ProgressEngine.Evaluate(M("1"), M("2"), false, false, null!, P.Fourteenth));
        Assert.Throws<ArgumentNullException>(() => ProgressEngine.Evaluate(M("1"), M("2"), false, false, [null!], P.Fourteenth));
    }
}
