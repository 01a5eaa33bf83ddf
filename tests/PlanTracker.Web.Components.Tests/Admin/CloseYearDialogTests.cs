using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PlanTracker.Web.Features.ReportingYears;

namespace PlanTracker.Web.Components.Tests.Admin;

/// <summary>关闭年度 asks first and closes for every city or for the cities the admin ticks (the four seed cities).</summary>
public class CloseYearDialogTests : PortalComponentTest
{
    private static readonly ReportingCity[] Cities = [new(4, "鄂州市"), new(1, "长沙市"), new(2, "株洲市"), new(3, "湘西自治州")];

    [Fact]
    public async Task Closing_for_every_city_is_the_default_choice()
    {
        var (provider, dialog) = await ShowAsync([]);

        Assert.Contains("各市州不能再填报、修改、提交或审核 2022 年度的数据", provider.Find(".mud-dialog").TextContent);
        Assert.Empty(provider.FindAll("[data-city]"));
        Assert.Equal("关闭 2022 年度", Confirm(provider).TextContent.Trim());
        Confirm(provider).Click();

        var choice = (CloseYearChoice)(await dialog.Result)!.Data!;
        Assert.True(choice.AllCities);
        Assert.Empty(choice.RegionIds);
    }

    [Fact]
    public async Task Choosing_cities_needs_at_least_one_and_returns_the_ticked_ones()
    {
        var (provider, dialog) = await ShowAsync([]);

        ChooseCities(provider);
        Assert.Equal(["鄂州市", "长沙市", "株洲市", "湘西自治州"], provider.FindAll("[data-city]").Select(c => c.GetAttribute("data-city")));
        Assert.True(Confirm(provider).HasAttribute("disabled"));
        Assert.Equal("请至少选择一个市州。", provider.Find("[data-testid=choose-city-hint]").TextContent);

        Tick(provider, "株洲市");
        Tick(provider, "鄂州市");
        Assert.False(Confirm(provider).HasAttribute("disabled"));
        Assert.Equal("为 2 个市州关闭", Confirm(provider).TextContent.Trim());
        Confirm(provider).Click();

        var choice = (CloseYearChoice)(await dialog.Result)!.Data!;
        Assert.False(choice.AllCities);
        Assert.Equal([2, 4], choice.RegionIds);
    }

    [Fact]
    public async Task Cities_already_closed_are_shown_ticked_and_cannot_be_chosen_again()
    {
        var (provider, _) = await ShowAsync([2]);

        ChooseCities(provider);

        var zhuzhou = CheckBox(provider, "株洲市");
        Assert.True(zhuzhou.HasAttribute("disabled"));
        Assert.True(zhuzhou.HasAttribute("checked"));
        Assert.Equal("株洲市（已关闭）", zhuzhou.Closest("label")!.TextContent.Trim());
        Assert.False(CheckBox(provider, "长沙市").HasAttribute("checked"));
        Assert.True(Confirm(provider).HasAttribute("disabled"));
    }

    [Fact]
    public async Task Cancelling_closes_nothing()
    {
        var (provider, dialog) = await ShowAsync([]);

        provider.Find("[data-testid=close-year-cancel]").Click();

        Assert.True((await dialog.Result)!.Canceled);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(IReadOnlyCollection<int> closed)
    {
        RenderProviders();
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<CloseYearDialog> { { d => d.Year, 2022 }, { d => d.Cities, Cities }, { d => d.ClosedCityIds, closed } };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<CloseYearDialog>("关闭 2022 年度", parameters));
        return (provider, dialog!);
    }

    private static void ChooseCities(IRenderedComponent<MudDialogProvider> provider) =>
        provider.Find("input[type=radio][data-testid=close-scope-cities]").Click();

    private static AngleSharp.Dom.IElement CheckBox(IRenderedComponent<MudDialogProvider> provider, string city) =>
        provider.Find($"input[type=checkbox][data-city='{city}']");

    private static void Tick(IRenderedComponent<MudDialogProvider> provider, string city) => CheckBox(provider, city).Change(true);

    private static AngleSharp.Dom.IElement Confirm(IRenderedComponent<MudDialogProvider> provider) => provider.Find("[data-testid=close-year-confirm]");
}
