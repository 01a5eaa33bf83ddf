using Bunit;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>“1234/2000” under a field: from 80 % of the limit on (always for text areas), marked when the limit is reached.</summary>
public class CharCountTests : PortalComponentTest
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1599, false)]
    [InlineData(1600, true)]
    [InlineData(2000, true)]
    public void A_compact_field_shows_the_count_from_80_percent_of_the_limit(int length, bool shown)
    {
        var count = Render(new string('字', length), always: false);

        Assert.Equal(shown, count.FindAll("[data-testid=char-count]").Count == 1);
    }

    [Fact]
    public void A_text_area_always_shows_its_count()
    {
        var count = Render("部分企业外迁", always: true);

        Assert.Equal("6/2000", count.Find("[data-testid=char-count]").TextContent);
        Assert.False(count.Find("[data-testid=char-count]").ClassList.Contains("char-count-full"));
    }

    [Fact]
    public void A_full_field_is_marked()
    {
        var count = Render(new string('字', 2000), always: false);

        Assert.Equal("2000/2000", count.Find("[data-testid=char-count]").TextContent);
        Assert.Contains("char-count-full", count.Find("[data-testid=char-count]").ClassList);
    }

    [Fact]
    public void No_text_counts_as_empty()
    {
        Assert.Equal("0/2000", Render(null, always: true).Find("[data-testid=char-count]").TextContent);
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> Render(string? text, bool always) =>
        Render(PlanTracker.Web.Components.Shared.CharCount.For(text, 2000, always));
}
