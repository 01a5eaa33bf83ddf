using System.Text.RegularExpressions;

namespace PlanTracker.Import.Parsing;

/// <summary>The regular expressions that recognise the parts of a plan, shared by all layouts.</summary>
internal static partial class Patterns
{
    /// <summary>第三章 实现更加充分更高质量就业.</summary>
    [GeneratedRegex(@"^第([一二三四五六七八九十百零〇两\d]{1,4})章\s*(.*)$")]
    public static partial Regex Chapter();

    /// <summary>第一节 发展基础.</summary>
    [GeneratedRegex(@"^第([一二三四五六七八九十百零〇两\d]{1,4})节\s*(.*)$")]
    public static partial Regex Section();

    /// <summary>专栏3 就业创业提升行动计划 / 专栏 1：“十三五”… .</summary>
    [GeneratedRegex(@"^专栏\s*(\d{1,3})\s*[：:．.、]?\s*(.*)$")]
    public static partial Regex SpecialColumn();

    /// <summary>"01 高校毕业生“三支一扶”计划": an item title on its own line, numbered with two digits.</summary>
    [GeneratedRegex(@"^(\d{2})(?![\d.、．,，%％年月日])\s*(\S.*)$")]
    public static partial Regex PaddedItem();

    /// <summary>"1.高校毕业生就业创业促进计划。健全…": an item with its text on the same line.</summary>
    [GeneratedRegex(@"^(\d{1,2})\s*[.、．](?!\d)\s*(\S.*)$")]
    public static partial Regex InlineItem();

    /// <summary>一、就业 (an indicator category row).</summary>
    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.*)$")]
    public static partial Regex Category();

    /// <summary>"12. 劳动人事争议调解成功率（%）" / "1、城镇新增就业人数": number and rest of an indicator name.</summary>
    [GeneratedRegex(@"^(\d{1,3})\s*[.、．,，](?!\d)\s*(.*)$")]
    public static partial Regex NumberedName();

    /// <summary>The start of a numbered or bulleted paragraph in a PDF dump.</summary>
    [GeneratedRegex(@"^(\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,3}是|（[一二三四五六七八九十]{1,3}）|——)")]
    public static partial Regex ParagraphMarker();

    /// <summary>注：[]内为5年累计数.</summary>
    [GeneratedRegex(@"^注\s*[:：]")]
    public static partial Regex Footnote();

    /// <summary>A leading 其中：/其中, (of which).</summary>
    [GeneratedRegex(@"^其\s*中\s*[：:，,]?\s*")]
    public static partial Regex OfWhich();

    /// <summary>A unit in brackets at the end of a name: "城镇调查失业率（％）".</summary>
    [GeneratedRegex(@"[（(]\s*([^（）()]{1,8}?)\s*[）)]\s*$")]
    public static partial Regex TrailingBracket();

    [GeneratedRegex(@"^(%|％|‰|个百分点|[万亿千百十]?(人次|人|元|张|户|家|个|次|项|所|名|台|套|平方米|册|件)|年|岁|天|小时)$")]
    public static partial Regex UnitLike();

    /// <summary>A table-of-contents row: dotted leaders or a bare page number.</summary>
    [GeneratedRegex(@"(\.{4,}|…{2,}|·{4,})")]
    public static partial Regex Leaders();

    public static bool IsHeadingLine(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 60 || trimmed.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        return Chapter().IsMatch(trimmed) || Section().IsMatch(trimmed) || SpecialColumn().IsMatch(trimmed);
    }

    public static bool IsAttribute(string text) => TextTools.Compact(text) is "预期性" or "约束性";
}
