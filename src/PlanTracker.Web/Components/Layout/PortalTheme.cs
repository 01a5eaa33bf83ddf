using MudBlazor;

namespace PlanTracker.Web.Components.Layout;

/// <summary>The portal's one MudTheme: the bureau blue, CJK-first fonts, compact type for dense tables.</summary>
public static class PortalTheme
{
    private static readonly string[] FontFamily =
        ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Hiragino Sans GB", "system-ui", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#c0392b",
            AppbarBackground = "#1f4e8c",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1d2939",
            TextSecondary = "#475467",
            Success = "#1e7d45",
            Warning = "#b54708",
            Error = "#b42318",
            Info = "#1f4e8c",
            TableLines = "#dde3ea",
            LinesDefault = "#dde3ea",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily, FontSize = ".9375rem", LineHeight = "1.6" },
            H1 = new H1Typography { FontFamily = FontFamily, FontSize = "1.6rem", FontWeight = "600", LineHeight = "1.3" },
            H2 = new H2Typography { FontFamily = FontFamily, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.35" },
            H3 = new H3Typography { FontFamily = FontFamily, FontSize = "1.05rem", FontWeight = "600", LineHeight = "1.4" },
            Button = new ButtonTypography { FontFamily = FontFamily, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "200px", AppbarHeight = "56px", DefaultBorderRadius = "6px" },
    };
}
