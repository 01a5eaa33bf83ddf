using Bunit;
using MudBlazor;
using PlanTracker.Web.Components.Shared;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>The empty state: its title, what to do next, and a MudBlazor icon (never an icon font's name as text).</summary>
public class EmptyStateTests : PortalComponentTest
{
    [Fact]
    public void The_title_and_the_next_step_are_shown_with_the_chosen_icon()
    {
        var state = Render<EmptyState>(p => p
            .Add(e => e.Title, "还没有导入任何规划")
            .Add(e => e.Icon, Icons.Material.Outlined.MenuBook)
            .AddChildContent("<p>管理员可在 <a href=\"import\">导入</a> 页上传规划文本。</p>"));

        Assert.Equal("还没有导入任何规划", state.Find(".empty-title").TextContent);
        Assert.Equal("import", state.Find(".empty-body a").GetAttribute("href"));
        Assert.Equal(Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Outlined.MenuBook)).Find("svg").InnerHtml, state.Find("svg").InnerHtml);
    }

    [Fact]
    public void An_old_icon_font_name_shows_the_default_icon_instead_of_the_word()
    {
        var state = Render<EmptyState>(p => p.Add(e => e.Title, "没有符合条件的记录").Add(e => e.Icon, "history"));

        Assert.DoesNotContain("history", state.Markup);
        Assert.Equal(Render<MudIcon>(p => p.Add(i => i.Icon, EmptyState.DefaultIcon)).Find("svg").InnerHtml, state.Find("svg").InnerHtml);
        Assert.Empty(state.FindAll(".empty-body"));
    }

    [Fact]
    public void The_access_denied_notice_says_so_in_Chinese_and_links_home()
    {
        var notice = Render<AccessDeniedNotice>();

        Assert.Equal("没有访问权限", notice.Find(".empty-title").TextContent);
        Assert.Equal("/", notice.Find("a").GetAttribute("href"));
    }
}
