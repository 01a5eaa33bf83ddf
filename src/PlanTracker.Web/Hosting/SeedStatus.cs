namespace PlanTracker.Web.Hosting;

/// <summary>
/// What the start-up did with the shipped seed plans, kept for the admin's home page: a portal that loaded no plan
/// says why there (no seeds folder beside it, a configured folder that does not exist, import switched off), not
/// only in a log line nobody reads.
/// </summary>
public sealed class SeedStatus
{
    public const string DirectorySetting = "Seeds:Directory";
    public const string ImportSetting = "Seeds:Import";

    public bool ImportEnabled { get; private set; } = true;

    /// <summary>Seeds:Directory as configured, or null.</summary>
    public string? Configured { get; private set; }

    /// <summary>The folder the plans were read from; null when none was found.</summary>
    public string? Directory { get; private set; }

    /// <summary>Where the portal looked for a "seeds" folder (when none was configured).</summary>
    public IReadOnlyList<string> SearchedFrom { get; private set; } = [];

    public int Files { get; private set; }

    public int NotImported { get; private set; }

    public void Disabled() => ImportEnabled = false;

    public void Searched(string? configured, IReadOnlyList<string> searchedFrom, string? found) =>
        (Configured, SearchedFrom, Directory) = (configured, searchedFrom, found);

    public void Loaded(int files, int notImported) => (Files, NotImported) = (files, notImported);

    /// <summary>Why no plan came with the portal, in Chinese, for an admin; null when the seeds were read.</summary>
    public string? Problem()
    {
        if (!ImportEnabled)
        {
            return $"启动时导入种子规划已关闭（{ImportSetting} = false）。";
        }

        if (Directory is null)
        {
            return Configured is not null
                ? $"配置的种子规划文件夹 {Configured}（{DirectorySetting}）不存在。"
                : $"未找到种子规划文件夹 seeds（已从 {string.Join("、", SearchedFrom)} 向上查找）。请把 seeds 文件夹放在程序旁，或设置 {DirectorySetting}。";
        }

        if (Files == 0)
        {
            return $"种子规划文件夹 {Directory} 中没有可导入的规划文件。";
        }

        return NotImported > 0 ? $"种子规划文件夹 {Directory} 中有 {NotImported} 个文件未能导入，原因见日志。" : null;
    }
}
