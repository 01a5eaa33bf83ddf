namespace PlanTracker.Import.Tests;

/// <summary>Small plans of a city not among the seeds, one per layout: the parser keys on shape, not on the seed files.</summary>
public class OtherCityTests
{
    private const string Title = "岳阳市“十四五”人力资源和社会保障事业发展规划";

    [Fact]
    public void TabSeparated()
    {
        var plan = PlanParser.Parse(string.Join('\n',
            Title, "", "第一章 发展基础", "", "专栏1 “十四五”主要指标\t\t\t\t", "指 标\t单 位\t2020年\t2025年\t属 性",
            "一、就业\t\t\t\t", "1.城镇新增就业人数\t万人\t[30]\t[32]\t预期性", "2.其中：新增农村劳动力转移就业\t万人\t[8]\t〔10〕\t约束性",
            "注：[]内为5年累计数", "第二章 主要任务", "第一节 就业", "专栏2 就业工程", "1.技能培训。每年培训1万人次以上。"));
        AssertSmallPlan(plan, "tab-separated");
    }

    [Fact]
    public void Markdown()
    {
        var plan = PlanParser.Parse(string.Join('\n',
            Title, "", "第一章 发展基础", "", "| 专栏1 “十四五”主要指标 | | | | |", "|---|---|---|---|---|", "| 指标 | 单位 | 2020年 | 2025年 | 属性 |",
            "| 一、就业 | | | | |", "| 1.城镇新增就业人数 | 万人 | [30] | [32] | 预期性 |", "", "| | | | | |", "|---|---|---|---|---|",
            "| 2.其中：新增农村劳动力转移就业 | 万人 | [8] | 〔10〕 | 约束性 |", "", "注：[]内为5年累计数", "第二章 主要任务", "第一节 就业", "专栏2 就业工程",
            "01 技能培训", "每年培训1万人次以上。"));
        AssertSmallPlan(plan, "markdown");
    }

    [Fact]
    public void CellPerLine()
    {
        var plan = PlanParser.Parse(string.Join('\n',
            Title, "", "第一章 发展基础", "", "\t专栏1 “十四五”主要指标", "", "\t指 标", "\t单位", "\t2020年", "", "基数", "\t2025年", "\t属性", "",
            "\t一、就业", "", "\t1.城镇新增就业人数", "\t万人", "\t[30]", "\t[32]", "\t预期性", "", "\t2.其中：新增农村劳动力转移就业", "\t万人", "\t[8]", "\t〔10〕", "\t约束性", "",
            "\t注：[]内为5年累计数", "", "第二章 主要任务", "第一节 就业", "\t专栏2 就业工程", "\t1.技能培训：每年培训1万人次以上。", "", "之后的正文不属于专栏。"));
        AssertSmallPlan(plan, "cell-per-line");
    }

    [Fact]
    public void PdfText()
    {
        var plan = PlanParser.Parse(string.Join("\n\n",
            " 岳阳市“十四五”人力资源和社会保障事业", "发 展 规 划", " 第一章 发展基础", "专栏1 “十四五”主要指标", "指 标 单位", "2020年", "2025年 属性", "一、就业",
            "1.城镇新增就业人数 万人 [ 30 ] [32] 预期性", "2.其中：新增农村劳动力转移", "就业 万人 [8] 〔10〕", "约束性", "注：[]内为5年累计数", "— 3—", " 第二章 主要任务",
            "第一节 就业", "专栏2 就业工程", "01技能培训", "每年培训1万人次以上。"));
        AssertSmallPlan(plan, "pdf-text");
    }

    private static void AssertSmallPlan(Model.ParsedPlan plan, string layout)
    {
        Assert.Equal(layout, plan.Layout);
        Assert.Equal("岳阳市", plan.Region);
        Assert.Equal(Title, plan.Title);
        Assert.True(PlanParser.LooksLikePlan(plan));
        Assert.Equal(["发展基础", "主要任务"], plan.Chapters.Select(c => c.Title));
        Assert.Equal(2, plan.Indicators.Count);
        var jobs = plan.Indicators[0];
        Assert.Equal(("就业", 1, "城镇新增就业人数", "万人"), (jobs.Category, jobs.Number!.Value, jobs.Name, jobs.Unit));
        Assert.Equal((30m, 32m, true, "预期性"), (jobs.Baseline.Value!.Value, jobs.Target.Value!.Value, jobs.Cumulative, jobs.Attribute));
        var rural = plan.Indicators[1];
        Assert.Equal(("新增农村劳动力转移就业", 1, "约束性", 10m), (rural.Name, rural.ParentNumber!.Value, rural.Attribute, rural.Target.Value!.Value));
        Assert.Equal("注：[]内为5年累计数", plan.IndicatorFootnote);
        Assert.Equal("indicators", plan.SpecialColumns[0].Kind);
        var item = Assert.Single(plan.SpecialColumns[1].Items);
        Assert.Equal("技能培训", item.Title);
        var target = Assert.Single(item.Targets);
        Assert.Equal((1m, "万人次", ">="), (target.Value, target.Unit, target.Comparator));
    }
}
