using System.Text.Json;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests;

public class PlanJsonTests
{
    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void RoundTrips(string file)
    {
        var json = PlanJson.Serialize(Seeds.Plan(file));
        var back = PlanJson.Deserialize(json);
        Assert.NotNull(back);
        Assert.Equal(json, PlanJson.Serialize(back));
    }

    [Fact]
    public void FollowsTheContract()
    {
        var json = PlanJson.Serialize(Seeds.Plan(Seeds.Changsha));
        Assert.Contains("\"region\": \"长沙市\"", json, StringComparison.Ordinal);
        Assert.Contains("\"documentNumber\": \"长政办发〔2021〕73号\"", json, StringComparison.Ordinal);
        Assert.Contains("\"issuedOn\": \"2021-12-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"", json, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("indicators")[0];
        Assert.Equal("城镇新增就业人数", first.GetProperty("name").GetString());
        Assert.Equal("[75]", first.GetProperty("target").GetProperty("text").GetString());
        Assert.Equal(75m, first.GetProperty("target").GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("target").GetProperty("comparator").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("parentNumber").ValueKind);
        Assert.True(first.GetProperty("cumulative").GetBoolean());
        var unemployment = document.RootElement.GetProperty("indicators")[1];
        Assert.Equal("<", unemployment.GetProperty("target").GetProperty("comparator").GetString());
        foreach (var name in new[] { "title", "issuer", "chapters", "previousPeriod", "specialColumns", "projects", "warnings", "layout" })
        {
            Assert.True(document.RootElement.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void EmptyCellAndDashAreDistinct()
    {
        var json = PlanJson.Serialize(Seeds.Plan(Seeds.Changsha));
        using var document = JsonDocument.Parse(json);
        var indicators = document.RootElement.GetProperty("indicators");
        Assert.Equal("", indicators[10].GetProperty("baseline").GetProperty("text").GetString());
        Assert.Equal("—", indicators[9].GetProperty("baseline").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, indicators[9].GetProperty("baseline").GetProperty("value").ValueKind);
    }

    [Fact]
    public void ExtraColumnsKeepTheirChineseKey()
    {
        var json = PlanJson.Serialize(Seeds.Plan(Seeds.Ezhou));
        Assert.Contains("\"十三五目标\": \"＜5\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectsSerialiseMoneyAsNumbers()
    {
        using var document = JsonDocument.Parse(PlanJson.Serialize(Seeds.Plan(Seeds.Xiangxi)));
        var project = document.RootElement.GetProperty("projects")[0];
        Assert.Equal(15.0m, project.GetProperty("totalInvestment").GetDecimal());
        Assert.Equal("2021—2025", project.GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    public void InvalidJsonGivesNull(string json) => Assert.Null(PlanJson.Deserialize(json));

    [Fact]
    public void MinimalPlanRoundTrips()
    {
        var plan = new ParsedPlan { Region = "测试市", IssuedOn = new DateOnly(2022, 1, 2), Warnings = [new ParseWarning(3, "警告")] };
        var back = PlanJson.Deserialize(PlanJson.Serialize(plan));
        Assert.NotNull(back);
        Assert.Equal("测试市", back.Region);
        Assert.Equal(new DateOnly(2022, 1, 2), back.IssuedOn);
        Assert.Equal(new ParseWarning(3, "警告"), Assert.Single(back.Warnings));
    }
}
