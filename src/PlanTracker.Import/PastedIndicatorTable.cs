using PlanTracker.Import.Model;

namespace PlanTracker.Import;

// TEMPORARY: replaced by branch i12-paste (helper) before this work is finished.
public static class PastedIndicatorTable
{
    public const int MaxChars = 200_000;

    public static PastedTableResult Parse(string? clipboardText) =>
        new([], null, null, null, [], string.IsNullOrWhiteSpace(clipboardText) ? "没有粘贴任何内容。" : "粘贴表格的读取尚未合并。");
}

public sealed record PastedTableResult(IReadOnlyList<ParsedIndicator> Indicators, int? BaselineYear, int? TargetYear, string? IndicatorFootnote, IReadOnlyList<ParseWarning> Warnings, string? Error);
