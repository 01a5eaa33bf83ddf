namespace PlanTracker.Web.Components.Layout;

/// <summary>The portal's areas. One not yet built is listed without a link, marked 建设中, never a fake page.</summary>
public sealed record NavigationArea(string Title, string Href, string Icon, bool Available, string Description);

public static class NavigationAreas
{
    public static readonly IReadOnlyList<NavigationArea> All =
    [
        new("规划", "plans", "menu_book", true, "各市州“十四五”规划的章节、主要指标、专栏与项目"),
        new("进度填报", "progress", "edit_note", false, "填报员按年度填报指标值和项目进展"),
        new("仪表盘", "dashboard", "dashboard", false, "领导查看本市规划实施进度"),
        new("城市对比", "compare", "compare_arrows", false, "省级用户横向比较各市目标与进度"),
        new("导入", "import", "upload_file", true, "导入规划文本，预览后确认"),
        new("管理", "admin", "admin_panel_settings", false, "用户、指标目录与填报期管理"),
    ];
}
