namespace PlanTracker.Web.Components.Layout;

/// <summary>
/// The portal's name as the bureau wants it on screen and on reports ("Portal" in configuration), e.g.
/// Portal:Name = 长沙市人力资源和社会保障局 规划监测平台, Portal:IssuingUnit = 长沙市人力资源和社会保障局.
/// </summary>
public sealed class PortalBranding
{
    public const string Section = "Portal";
    public const string DefaultName = "PlanTracker 规划监测平台";

    /// <summary>Shown in the app bar, the browser tab and the reports' running header.</summary>
    public string Name { get; set; } = DefaultName;

    /// <summary>The line under the name in the app bar.</summary>
    public string Subtitle { get; set; } = "人力资源和社会保障事业发展规划实施监测";

    /// <summary>Printed on a report's cover as its issuing unit when set; otherwise the report names the city's bureau.</summary>
    public string? IssuingUnit { get; set; }
}
