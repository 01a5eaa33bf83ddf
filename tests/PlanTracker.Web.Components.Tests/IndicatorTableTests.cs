using Bunit;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Components.Tests;

/// <summary>The plan's main-indicator table: rows as the document prints them (values from 长沙's table).</summary>
public class IndicatorTableTests : PortalComponentTest
{
    private static readonly Dictionary<string, string> NoExtra = [];

    [Fact]
    public void Rows_are_grouped_by_category_with_other_of_which_rows_indented_and_binding_marked()
    {
        IndicatorRow[] rows =
        [
            new(4, "就业", "开展补贴性职业技能培训人次", "万人次", "—", "[50]", true, "预期性", false, NoExtra),
            new(5, "就业", "农民工参加职业培训人次", "万人次", "—", "[10]", true, "预期性", true, NoExtra),
            new(7, "社会保障", "失业保险参保人数", "万人", "182.8", "212.7", false, "约束性", false, NoExtra),
            new(11, "人才人事", "新增取得高级工以上职业资格证书或职业技能等级证书人数", "万人次", "", "[2]", true, "预期性", true, NoExtra),
        ];

        var document = Render(rows, "注：[]内为5年累计数");

        Assert.Equal(["就业", "社会保障", "人才人事"], document.FindAll("tr.category-row").Select(r => r.TextContent.Trim()));
        var child = document.FindAll("tr.child-row td.name").Select(c => c.TextContent).ToList();
        Assert.Equal(["其中：农民工参加职业培训人次", "其中：新增取得高级工以上职业资格证书或职业技能等级证书人数"], child);
        Assert.Single(document.FindAll(".badge-binding"));
        // An empty 2020 cell stays empty; "—" stays "—".
        var lastCells = document.FindAll("tbody tr:not(.category-row)")[^1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(string.Empty, lastCells[3]);
        Assert.Equal("—", document.FindAll("tbody tr:not(.category-row)")[0].QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Equal("注：[]内为5年累计数", document.Find(".footnote").TextContent);
    }

    [Fact]
    public void Extra_columns_such_as_the_13th_plan_target_get_their_own_header()
    {
        IndicatorRow[] rows =
        [
            new(1, "就业", "城镇新增就业人数", "万人", "[3.5]", "[3]", true, "预期性", false, new Dictionary<string, string> { ["十三五目标"] = "[3]" }),
        ];

        var document = Render(rows, null);

        Assert.Equal(["序号", "指标", "单位", "十三五目标", "2020年", "2025年", "属性"], document.FindAll("thead th").Select(h => h.TextContent));
        Assert.Empty(document.FindAll(".footnote"));
    }

    private IRenderedComponent<IndicatorTable> Render(IReadOnlyList<IndicatorRow> rows, string? footnote) =>
        Render<IndicatorTable>(p => p.Add(t => t.Rows, rows).Add(t => t.Footnote, footnote).Add(t => t.PeriodStart, 2021).Add(t => t.PeriodEnd, 2025));
}
