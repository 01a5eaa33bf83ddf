using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests.Word;

/// <summary>Elements compared by value in the reader tests: a row as its line and its cells joined with "|".</summary>
internal static class ReadElements
{
    public static object Cells(int line, params string[] cells) => (line, string.Join("|", cells));

    public static List<object> Expect(params object[] elements) => [.. elements];

    /// <summary>Elements compared by value (a row's cells as a list).</summary>
    public static List<object> Elements(PlanTextReadResult read)
    {
        Assert.True(read.Success, read.Error);
        return read.Document!.Elements.Select(e => e is RowElement r ? (object)(r.Line, string.Join("|", r.Cells)) : e).ToList();
    }
}
