using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests;

public class ItemTargetTests
{
    [Theory]
    [InlineData("认定50家以上的重点企业职工培训中心。", "50", "家", ">=", null)]
    [InlineData("到2025年，争取入驻人力资源机构总数达到500家以上。", "500", "家", ">=", 2025)]
    [InlineData("开展各类补贴性职业技能培训50万人次。", "50", "万人次", null, null)]
    [InlineData("每年力争开展补贴性职业技能培训3.5万人次。", "3.5", "万人次", null, null)]
    [InlineData("城镇调查失业率控制在5.5%以内。", "5.5", "%", "<=", null)]
    [InlineData("新增就业不少于2万人。", "2", "万人", ">=", null)]
    public void ReadsOneTarget(string text, string value, string unit, string? comparator, int? year)
    {
        var target = Assert.Single(ItemTargetReader.Read(text));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(year, target.Year);
        Assert.Contains(value, target.Phrase, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("推进12333一体化建设。")]
    [InlineData("创新实施“121人才池”招聘。")]
    [InlineData("到2025年基本实现全覆盖。")]
    public void IgnoresNumbersThatAreNotTargets(string text) => Assert.Empty(ItemTargetReader.Read(text));
}
