namespace PlanTracker.Domain.Catalogue;

/// <summary>Which way an indicator is better, by what it measures: a 失业率 is better lower, a 参保率 or 结案率 higher.</summary>
public enum Polarity
{
    /// <summary>Nothing said: the printed baseline → target decides the direction (182.8 → 212.7 is upwards).</summary>
    FromTarget = 0,

    /// <summary>越高越好 (参保率, 覆盖率, 结案率, 参保人数 …).</summary>
    HigherIsBetter = 1,

    /// <summary>越低越好 (失业率, 欠薪 …).</summary>
    LowerIsBetter = 2,
}

/// <summary>
/// Where an indicator's polarity comes from: the catalogue indicator it is mapped to when an admin has set one there;
/// otherwise what its name says (<see cref="Suggest"/>); otherwise <see cref="Polarity.FromTarget"/>.
/// </summary>
public static class Polarities
{
    /// <summary>Words naming a figure that is better lower.</summary>
    private static readonly string[] LowerWords = ["失业率", "欠薪", "拖欠", "事故", "伤亡", "死亡", "流失率", "发生率"];

    /// <summary>Words naming a figure that is better higher: coverage, settlement, success and satisfaction rates.</summary>
    private static readonly string[] HigherWords =
        ["参保率", "覆盖率", "结案率", "调解率", "成功率", "满意度", "满意率", "达标率", "合格率", "普及率", "签订率", "持卡", "就业率", "完成率", "办结率", "网办率"];

    /// <summary>
    /// What the name says, or <see cref="Polarity.FromTarget"/> when it says nothing either way. Of the words found, the
    /// one ending last decides: a Chinese name's head is its end (投诉案件结案率 is a 结案率, 欠薪案件结案率 too;
    /// 失业保险参保率 is a 参保率, and contains no 失业率 anyway).
    /// </summary>
    public static Polarity Suggest(string? name)
    {
        var text = name ?? string.Empty;
        var lower = LastEnd(text, LowerWords);
        var higher = LastEnd(text, HigherWords);
        return lower < 0 && higher < 0 ? Polarity.FromTarget
            : lower > higher ? Polarity.LowerIsBetter
            : Polarity.HigherIsBetter;
    }

    private static int LastEnd(string text, string[] words) =>
        words.Select(w => text.LastIndexOf(w, StringComparison.Ordinal) is var at and >= 0 ? at + w.Length : -1).DefaultIfEmpty(-1).Max();

    /// <summary>The polarity of a plan row: the catalogue's when one is set, else the suggestion from the row's own name.</summary>
    public static Polarity Resolve(Polarity? catalogue, string? name) => catalogue ?? Suggest(name);

    public static string ToChinese(this Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "越高越好",
        Polarity.LowerIsBetter => "越低越好",
        Polarity.FromTarget => "按目标方向",
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, null),
    };
}
