using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Items;

namespace PlanTracker.Web.Tests;

/// <summary>The 专栏/project progress rules without a database: Chinese messages naming the item, project or target.</summary>
public class ItemProgressValidatorTests
{
    private readonly SaveItemProgressRequestValidator _validator = new();

    [Fact]
    public void A_complete_sensible_request_passes()
    {
        var request = Request(
            new ItemProgressInput { ItemId = 1, Name = "职业技能提升行动", PercentComplete = 62.5m, Status = WorkStatus.InProgress, Note = "进展顺利" },
            new ProjectProgressInput { ProjectId = 2, Name = "湘西州创新创业孵化基地建设", HasInvestment = true, CompletedInvestment = 1.2345m, PercentComplete = 100m, Status = WorkStatus.Completed },
            new ItemTargetValueInput { ItemTargetId = 3, Phrase = "认定50家以上", Unit = "家", Value = 12m });

        Assert.True(_validator.Validate(request).IsValid);
    }

    [Fact]
    public void Letters_in_a_percent_an_investment_or_a_target_are_refused_at_each_field()
    {
        var request = Request(
            new ItemProgressInput { ItemId = 1, Name = "职业技能提升行动", UnparsedPercent = "过半", Status = WorkStatus.InProgress },
            new ProjectProgressInput { ProjectId = 2, Name = "湘西州创新创业孵化基地建设", HasInvestment = true, UnparsedInvestment = "1.2亿", Status = WorkStatus.InProgress },
            new ItemTargetValueInput { ItemTargetId = 3, Phrase = "认定50家以上", Unit = "家", UnparsedValue = "十二" });

        Assert.Equal(
            [
                "“职业技能提升行动”的完成百分比填写的“过半”不是数字：请只填写数字，如 12.5。",
                "“湘西州创新创业孵化基地建设”的完成投资填写的“1.2亿”不是数字：请只填写数字，如 12.5。",
                "“认定50家以上”填写的“十二”不是数字：请只填写数字，如 12.5。",
            ],
            _validator.Validate(request).Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Empty_rows_are_not_reported_and_pass() =>
        Assert.True(_validator.Validate(Request(new ItemProgressInput { ItemId = 1, Name = "甲" }, new ProjectProgressInput { ProjectId = 2, Name = "乙" }, new ItemTargetValueInput { ItemTargetId = 3, Phrase = "丙", Unit = "家" })).IsValid);

    [Theory]
    [InlineData(-1, WorkStatus.InProgress, "“职业技能提升行动”的完成百分比应在 0 到 100 之间。")]
    [InlineData(100.5, WorkStatus.InProgress, "“职业技能提升行动”的完成百分比应在 0 到 100 之间。")]
    [InlineData(33.333, WorkStatus.InProgress, "“职业技能提升行动”的完成百分比最多保留 2 位小数。")]
    [InlineData(50, WorkStatus.Completed, "“职业技能提升行动”状态为已完成，完成百分比应为 100。")]
    [InlineData(10, WorkStatus.NotStarted, "“职业技能提升行动”状态为未开始，完成百分比应为 0。")]
    [InlineData(50, null, "“职业技能提升行动”已填写进展，请选择状态（未开始/进行中/已完成/滞后）。")]
    public void Percent_and_status_must_make_sense(double percent, WorkStatus? status, string message)
    {
        var request = Request(new ItemProgressInput { ItemId = 1, Name = "职业技能提升行动", PercentComplete = (decimal)percent, Status = status });

        Assert.Contains(message, _validator.Validate(request).Errors.Select(e => e.ErrorMessage));
    }

    [Theory]
    [InlineData(true, -0.5, "“孵化基地”的完成投资不能为负数。")]
    [InlineData(true, 0.12345, "“孵化基地”的完成投资最多保留 4 位小数（亿元）。")]
    [InlineData(true, 150000, "“孵化基地”的完成投资过大，请以亿元为单位填写。")]
    [InlineData(false, 1, "“孵化基地”在规划中没有投资额，不填写完成投资。")]
    public void Completed_investment_is_checked(bool hasInvestment, double investment, string message)
    {
        var request = Request(new ProjectProgressInput { ProjectId = 2, Name = "孵化基地", HasInvestment = hasInvestment, CompletedInvestment = (decimal)investment, Status = WorkStatus.InProgress });

        Assert.Equal([message], _validator.Validate(request).Errors.Select(e => e.ErrorMessage));
    }

    [Theory]
    [InlineData("家", -3, "“认定50家以上”不能为负数。")]
    [InlineData("%", 101, "“认定50家以上”是百分比，应在 0 到 100 之间。")]
    [InlineData("万人次", 1.23456, "“认定50家以上”最多保留 4 位小数。")]
    public void Target_values_are_checked(string unit, double value, string message)
    {
        var request = Request(new ItemTargetValueInput { ItemTargetId = 3, Phrase = "认定50家以上", Unit = unit, Value = (decimal)value });

        Assert.Equal([message], _validator.Validate(request).Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_note_without_a_status_and_a_year_outside_the_plan_are_refused()
    {
        var request = Request(new ItemProgressInput { ItemId = 1, Name = "甲", Note = "已启动" });
        request.Year = 2026;

        Assert.Equal(["年度必须在规划期 2021—2025年内。", "“甲”已填写进展，请选择状态（未开始/进行中/已完成/滞后）。"], _validator.Validate(request).Errors.Select(e => e.ErrorMessage));
    }

    private static SaveItemProgressRequest Request(params object[] rows) => new()
    {
        RegionId = 1,
        Year = 2023,
        Period = new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025),
        Items = [.. rows.OfType<ItemProgressInput>()],
        Projects = [.. rows.OfType<ProjectProgressInput>()],
        TargetValues = [.. rows.OfType<ItemTargetValueInput>()],
    };
}
