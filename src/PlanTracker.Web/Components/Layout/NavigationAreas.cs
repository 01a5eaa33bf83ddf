using PlanTracker.Data.Identity;
using MudBlazor;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Components.Layout;

/// <summary>
/// The portal's areas and who sees them (the menu and the home page's cards). Icons are MudBlazor's Material SVGs.
/// </summary>
public sealed record NavigationArea(string Title, string Href, string Icon, string Description, IReadOnlyList<string> Roles)
{
    public bool IsVisibleTo(CurrentUser? user) => user is not null && Roles.Contains(user.Role);
}

public static class NavigationAreas
{
    private static readonly string[] Everyone = [Roles.CityReporter, Roles.CityLeader, Roles.ProvincialAnalyst, Roles.Admin];

    public static readonly IReadOnlyList<NavigationArea> All =
    [
        new("规划", "plans", Icons.Material.Outlined.MenuBook, "各市州各期规划的章节、主要指标、专栏与项目", Everyone),
        new("进度填报", "progress", Icons.Material.Outlined.EditNote, "填报员按年度填报本市指标值", [Roles.CityReporter]),
        new("审核", "review", Icons.Material.Outlined.FactCheck, "审核人审核本市年度报告：通过、退回或重新打开", [Roles.CityLeader, Roles.Admin]),
        new("仪表盘", "dashboard", Icons.Material.Outlined.Dashboard, "领导查看本市规划实施进度", [Roles.CityLeader, Roles.ProvincialAnalyst, Roles.Admin]),
        new("报告", "reports", Icons.Material.Outlined.Description, "年度监测报告与中期评估，适合 A4 打印或另存为 PDF", Everyone),
        new("省级总览", "overview", Icons.Material.Outlined.GridView, "各市州各年度报告的审核状态与逾期情况，各指标进度热力图", [Roles.ProvincialAnalyst, Roles.Admin]),
        new("城市对比", "compare", Icons.Material.Outlined.CompareArrows, "省级用户横向比较各市目标与进度", [Roles.ProvincialAnalyst, Roles.Admin]),
        new("导入", "import", Icons.Material.Outlined.UploadFile, "导入规划文本，预览后确认", [Roles.Admin]),
        new("管理", "admin/users", Icons.Material.Outlined.AdminPanelSettings, "用户、指标目录、填报年度、审计日志与登录记录", [Roles.Admin]),
    ];

    public static IEnumerable<NavigationArea> VisibleTo(CurrentUser? user) => All.Where(a => a.IsVisibleTo(user));
}
