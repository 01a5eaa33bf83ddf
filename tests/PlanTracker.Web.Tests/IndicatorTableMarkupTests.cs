using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Tests;

/// <summary>Renders the indicator table with ASP.NET Core's HtmlRenderer (bUnit cannot run here) and reads it with AngleSharp.</summary>
public class IndicatorTableMarkupTests
{
    private static readonly Dictionary<string, string> NoExtra = [];

    [Fact]
    public async Task Rows_are_grouped_by_category_with_other_of_which_rows_indented_and_binding_marked()
    {
        IndicatorRow[] rows =
        [
            new(4, "就业", "开展补贴性职业技能培训人次", "万人次", "—", "[50]", true, "预期性", false, NoExtra),
            new(5, "就业", "农民工参加职业培训人次", "万人次", "—", "[10]", true, "预期性", true, NoExtra),
            new(7, "社会保障", "失业保险参保人数", "万人", "182.8", "212.7", false, "约束性", false, NoExtra),
            new(11, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人次", "", "[2]", true, "预期性", true, NoExtra),
        ];

        var document = await RenderAsync(rows, "注：[]内为5年累计数");

        Assert.Equal(["就业", "社会保障", "人才人事"], document.QuerySelectorAll("tr.category-row").Select(r => r.TextContent.Trim()));
        var child = document.QuerySelectorAll("tr.child-row td.name").Select(c => c.TextContent).ToList();
        Assert.Equal(["其中：农民工参加职业培训人次", "其中：新增取得高级工以上职业资格证书或职业技能等级证书人数"], child);
        Assert.Single(document.QuerySelectorAll(".badge-binding"));
        // An empty 2020 cell stays empty; "—" stays "—".
        var lastCells = document.QuerySelectorAll("tbody tr:not(.category-row)").Last().QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(string.Empty, lastCells[3]);
        Assert.Equal("—", document.QuerySelectorAll("tbody tr:not(.category-row)").First().QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Equal("注：[]内为5年累计数", document.QuerySelector(".footnote")!.TextContent);
    }

    [Fact]
    public async Task Extra_columns_such_as_the_13th_plan_target_get_their_own_header()
    {
        IndicatorRow[] rows =
        [
            new(1, "就业", "城镇新增就业人数", "万人", "[3.5]", "[3]", true, "预期性", false, new Dictionary<string, string> { ["十三五目标"] = "[3]" }),
        ];

        var document = await RenderAsync(rows, null);

        Assert.Equal(["序号", "指标", "单位", "十三五目标", "2020年", "2025年", "属性"], document.QuerySelectorAll("thead th").Select(h => h.TextContent));
        Assert.Null(document.QuerySelector(".footnote"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(IReadOnlyList<IndicatorRow> rows, string? footnote)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Rows"] = rows, ["Footnote"] = footnote });
            var output = await renderer.RenderComponentAsync<IndicatorTable>(parameters);
            return output.ToHtmlString();
        });
        return new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
    }
}
