namespace PlanTracker.Import.Tests.GoldenValues;

/// <summary>The golden values of each seed file.</summary>
internal static class SeedGolden
{
    public static CityGolden For(string seed) => seed switch
    {
        Seeds.ZhuzhouPdf => ZhuzhouGolden.Pdf,
        Seeds.Changsha => ChangshaGolden.City,
        Seeds.Xiangxi => XiangxiGolden.City,
        Seeds.ZhuzhouMarkdown => ZhuzhouGolden.Markdown,
        Seeds.Ezhou => EzhouGolden.City,
        _ => throw new ArgumentOutOfRangeException(nameof(seed), seed, "不是种子文件"),
    };
}
