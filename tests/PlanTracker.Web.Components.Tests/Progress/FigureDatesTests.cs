using Bunit;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>A stored figure's 快报 and final values with their dates, in China time (UTC 16:30 is the next day in Beijing).</summary>
public class FigureDatesTests : PortalComponentTest
{
    private static readonly DateTimeOffset March1Utc = new(2024, 3, 1, 16, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April20Utc = new(2024, 4, 20, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, null, "快报 12.3（2024-03-02），待年报数替换")]
    [InlineData(false, 12.1, "快报 12.1（2024-03-02） → 年报 12.3（2024-04-20）")]
    [InlineData(false, null, "年报数（2024-04-20）")]
    public void Each_figure_says_what_it_is_and_when_it_was_reported(bool preliminary, double? earlier, string expected)
    {
        var figures = new ReportedFigures(12.3m, preliminary, (decimal?)earlier, March1Utc, preliminary ? null : April20Utc);

        var cut = Render<FigureDates>(p => p.Add(f => f.Figures, figures));

        Assert.Equal(expected, cut.Find("[data-testid='figure-dates']").TextContent.Trim());
    }
}
