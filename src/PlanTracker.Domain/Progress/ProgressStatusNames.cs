namespace PlanTracker.Domain.Progress;

public static class ProgressStatusNames
{
    /// <summary>The Chinese label shown to bureau staff.</summary>
    public static string ToChinese(this ProgressStatus status) => status switch
    {
        ProgressStatus.NoData => "无数据",
        ProgressStatus.AchievedEarly => "提前实现",
        ProgressStatus.Ahead => "快于预期",
        ProgressStatus.OnTrack => "基本符合预期",
        ProgressStatus.Behind => "滞后",
        ProgressStatus.SeverelyBehind => "严重滞后",
        ProgressStatus.NotAssessable => "不评估",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
