using Bunit;
using PlanTracker.Domain.Plans;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Components.Tests.Plans;

/// <summary>A target as printed, and under a 规划调整 the adjusted one beside it with its document in the tooltip.</summary>
public class TargetFigureTests : PortalComponentTest
{
    [Fact]
    public void Without_an_adjustment_only_the_printed_target_shows()
    {
        var figure = Render<TargetFigure>(p => p.Add(f => f.Printed, "212.7"));

        Assert.Equal("212.7", figure.Find("[data-testid=target-figure]").TextContent.Trim());
        Assert.Empty(figure.FindAll("[data-testid=target-adjusted]"));
    }

    [Fact]
    public void An_adjustment_shows_beside_the_printed_target_with_its_year_and_document()
    {
        var adjustment = new TargetAdjustment { EffectiveYear = 2024, Target = Measure.Parse("200"), DocumentNumber = "长政办函〔2024〕12号", ApprovedOn = new DateOnly(2024, 3, 15), CreatedBy = "admin" };

        var figure = Render<TargetFigure>(p => p.Add(f => f.Printed, "212.7").Add(f => f.Adjustment, adjustment));

        Assert.Equal("212.7", figure.Find(".target-printed").TextContent);
        Assert.Equal("→ 200", figure.Find("[data-testid=target-adjusted]").TextContent.Trim());
        Assert.Equal("（2024年起调整）", figure.Find(".target-adjusted-note").TextContent);
        Assert.Equal("长政办函〔2024〕12号（2024年3月15日）批准，2024年起执行", figure.Find("[data-testid=target-adjusted]").GetAttribute("title"));
    }
}
