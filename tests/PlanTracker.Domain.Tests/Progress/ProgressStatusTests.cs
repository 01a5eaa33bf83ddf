using PlanTracker.Domain.Progress;

namespace PlanTracker.Domain.Tests.Progress;

public class ProgressStatusTests
{
    [Theory]
    [InlineData(ProgressStatus.NoData, "无数据")]
    [InlineData(ProgressStatus.AchievedEarly, "提前实现")]
    [InlineData(ProgressStatus.Ahead, "快于预期")]
    [InlineData(ProgressStatus.OnTrack, "基本符合预期")]
    [InlineData(ProgressStatus.Behind, "滞后")]
    [InlineData(ProgressStatus.SeverelyBehind, "严重滞后")]
    [InlineData(ProgressStatus.NotAssessable, "不评估")]
    public void StatusesHaveTheOfficialChineseNames(ProgressStatus status, string name) => Assert.Equal(name, status.ToChinese());

    [Fact]
    public void EveryStatusHasAName() =>
        Assert.All(Enum.GetValues<ProgressStatus>(), status => Assert.False(string.IsNullOrEmpty(status.ToChinese())));

    [Fact]
    public void UnknownStatusIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ProgressStatus)99).ToChinese());
}
