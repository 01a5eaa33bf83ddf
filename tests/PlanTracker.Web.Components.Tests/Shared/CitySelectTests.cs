using Bunit;
using PlanTracker.Web.Components.Shared;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>The city picker: lists exactly the cities it is given (the ones the user may read), hides itself for one city, reports the pick.</summary>
public class CitySelectTests : PortalComponentTest
{
    /// <summary>The seed plans' cities as the province sees them (seeds/000–004: 株洲, 长沙, 湘西, 鄂州).</summary>
    private static readonly CityOption[] Province = [new(1, "株洲市"), new(2, "长沙市"), new(3, "湘西自治州"), new(4, "鄂州市")];

    [Fact]
    public void The_list_holds_exactly_the_allowed_cities_in_their_order_and_shows_the_current_one()
    {
        var providers = RenderProviders();
        var picker = RenderPicker(Province[..2], 2, _ => { });

        Assert.Equal("长沙市", picker.Find("input").GetAttribute("value"));
        Assert.Equal("城市", picker.Find("label").TextContent);
        var options = OpenList(picker, providers);
        Assert.Equal(["株洲市", "长沙市"], options.Select(o => o.TextContent.Trim()));
        Assert.DoesNotContain(providers.FindAll("[role=option]"), o => o.TextContent.Contains("湘西", StringComparison.Ordinal));
        Assert.Equal("true", options[1].GetAttribute("aria-selected"));
    }

    [Fact]
    public void Choosing_a_city_raises_the_callback_with_its_region_id()
    {
        var providers = RenderProviders();
        var picked = new List<int>();
        var picker = RenderPicker(Province, 2, picked.Add);

        OpenList(picker, providers).Single(o => o.TextContent.Trim() == "鄂州市").Click();

        picker.WaitForAssertion(() => Assert.Equal([4], picked));
    }

    [Fact]
    public void A_user_of_one_city_gets_no_picker()
    {
        var picker = RenderPicker([new(2, "长沙市")], 2, _ => { });

        Assert.Empty(picker.Markup.Trim());
    }

    private IRenderedComponent<CitySelect> RenderPicker(CityOption[] cities, int value, Action<int> changed) =>
        Render<CitySelect>(p => p
            .Add(c => c.Cities, cities)
            .Add(c => c.Value, value)
            .Add(c => c.ValueChanged, changed)
            .Add(c => c.TestId, "city-select"));
}
