using System.Text;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Tests;

/// <summary>No input makes the parser throw; encodings and line ends do not change the result.</summary>
public class RobustnessTests
{
    static RobustnessTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void TruncatedTextsParse(string file)
    {
        var text = Seeds.Text(file);
        foreach (var fraction in new[] { 0.01, 0.1, 0.33, 0.5, 0.77, 0.99 })
        {
            var plan = PlanParser.Parse(text[..(int)(text.Length * fraction)]);
            Assert.NotNull(plan);
            Assert.NotEmpty(plan.Layout);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void ShuffledAndDuplicatedLinesParse(string file)
    {
        var lines = Seeds.Text(file).Split('\n');
        var random = new Random(20211215);
        for (var round = 0; round < 3; round++)
        {
            var shuffled = lines.OrderBy(_ => random.Next()).ToArray();
            Assert.NotNull(PlanParser.Parse(string.Join('\n', shuffled)));
            var duplicated = lines.SelectMany(l => random.Next(3) == 0 ? new[] { l, l } : new[] { l }).ToArray();
            Assert.NotNull(PlanParser.Parse(string.Join('\n', duplicated)));
        }
    }

    [Fact]
    public void DuplicatedLinesKeepTheMainIndicators()
    {
        var lines = Seeds.Text(Seeds.Changsha).Split('\n');
        var doubled = string.Join('\n', lines.Select(l => l.StartsWith("专栏", StringComparison.Ordinal) || l.Contains('\t', StringComparison.Ordinal) ? l : l + "\n" + l));
        var plan = PlanParser.Parse(doubled);
        Assert.Equal(13, plan.Indicators.Count);
    }

    [Fact]
    public void RandomBytesNeverThrow()
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            var read = PlanTextReader.Read(bytes);
            var plan = PlanParser.Parse(read.Success ? read.Text : Encoding.Latin1.GetString(bytes));
            Assert.False(PlanParser.LooksLikePlan(plan));
        }
    }

    [Fact]
    public void RandomCharactersNeverThrow()
    {
        var random = new Random(7);
        const string alphabet = "第一二三四五六七八九十章节专栏指标单位属性预期性约束性其中：、.|\t\n []〔〕<>＞≥—%0123456789年规划市州";
        for (var i = 0; i < 200; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 3000)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            Assert.NotNull(PlanParser.Parse(new string(chars)));
        }
    }

    [Fact]
    public void TenMegabyteLineIsReadWithAWarning()
    {
        var line = new string('就', 10 * 1024 * 1024);
        var plan = PlanParser.Parse("长沙市“十四五”人力资源和社会保障事业发展规划\n" + line + "\n第一章 发展基础\n");
        Assert.Equal("长沙市", plan.Region);
        Assert.Single(plan.Chapters);
        Assert.Contains(plan.Warnings, w => w.Line == 2);
    }

    [Fact]
    public void EmptyTextGivesAnEmptyPlan()
    {
        foreach (var text in new[] { string.Empty, "\n\n\n", "   ", null! })
        {
            var plan = PlanParser.Parse(text);
            Assert.Empty(plan.Chapters);
            Assert.Empty(plan.Indicators);
            Assert.False(PlanParser.LooksLikePlan(plan));
        }
    }

    [Fact]
    public void ProseIsNotAPlan()
    {
        var plan = PlanParser.Parse("今天天气很好。\n我们去公园散步，看到很多人在锻炼身体。\n");
        Assert.False(PlanParser.LooksLikePlan(plan));
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void EncodingAndLineEndVariantsGiveTheSameResult(string file)
    {
        var utf8 = Seeds.Bytes(file);
        var text = Encoding.UTF8.GetString(utf8);
        var expected = PlanJson.Serialize(Seeds.Plan(file));
        var variants = new Dictionary<string, byte[]>
        {
            ["utf-8 BOM"] = [0xEF, 0xBB, 0xBF, .. utf8],
            ["gb18030"] = Encoding.GetEncoding("GB18030").GetBytes(text),
            ["crlf"] = Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ["gb18030 crlf"] = Encoding.GetEncoding("GB18030").GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ["cr"] = Encoding.UTF8.GetBytes(text.Replace("\n", "\r", StringComparison.Ordinal)),
        };
        foreach (var (name, bytes) in variants)
        {
            var read = PlanTextReader.Read(bytes);
            Assert.True(read.Success, name);
            Assert.Equal(name.StartsWith("gb", StringComparison.Ordinal) ? "gb18030" : "utf-8", read.Encoding);
            Assert.Equal(expected, PlanJson.Serialize(PlanParser.Parse(read.Text)));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void ParserOnRawCrLfTextMatches(string file)
    {
        var text = Seeds.Text(file);
        Assert.Equal(PlanJson.Serialize(Seeds.Plan(file)), PlanJson.Serialize(PlanParser.Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void EverySeedLooksLikeAPlan(string file)
    {
        ParsedPlan plan = Seeds.Plan(file);
        Assert.True(PlanParser.LooksLikePlan(plan));
        Assert.NotEmpty(plan.Indicators);
        Assert.NotEmpty(plan.Chapters);
        Assert.All(plan.Indicators, i => Assert.Contains(i.Attribute, new[] { "预期性", "约束性" }));
        Assert.All(plan.Indicators, i => Assert.True(i.Baseline.Comparator is null or ">" or ">=" or "<" or "<="));
    }
}
