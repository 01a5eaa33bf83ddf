using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Import.Model;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Workbook;

namespace PlanTracker.Fuzz;

/// <summary>
/// Workbook inputs: the real 填报表 of 长沙 2023 (ProgressWorkbookWriter, 13 indicators, values and notes filled)
/// mutated at byte level and in the sheet XML, read by ProgressWorkbookReader.Read. Nesting stays shallow (≤ 30).
/// </summary>
public sealed partial class WorkbookCases
{
    private const string Region = "长沙市";
    private const int Year = 2023;
    private static readonly string[] Names = ["bytes", "delete-cell", "duplicate-cell", "delete-row", "duplicate-row", "bad-number", "huge-string", "nested", "bad-ref", "broken-xml", "bad-type", "drop-entry"];
    private readonly int _seed;
    private readonly byte[] _workbook;
    private readonly HashSet<int> _ids;
    private readonly ProgressSheet _baseline;

    public WorkbookCases(ParsedPlan plan, int seed)
    {
        _seed = seed;
        var rows = plan.Indicators.Select((i, k) => new ProgressEntryRow(100 + k, i.Category, i.Number, i.Name, i.Unit, i.Baseline.Text, i.Target.Text, i.Cumulative, i.Attribute == "约束性",
            i.ParentNumber is not null, new Dictionary<int, decimal>(), Measure.Parse(i.Target.Text), null)).ToList();
        var request = new SaveProgressRequest
        {
            RegionId = 1,
            Year = Year,
            Rows = rows.Select((r, k) => new ProgressRowInput { IndicatorId = r.IndicatorId, Name = r.Name, Unit = r.Unit, Value = k % 4 == 3 ? null : 10.5m + k, Note = k % 3 == 0 ? $"说明{k}" : null }).ToList(),
        };
        _workbook = ProgressWorkbookWriter.Write(new ProgressEntryForm(1, Region, Year, ReportStatus.Draft, null, rows, request, null, false, new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025)));
        _ids = rows.Select(r => r.IndicatorId).ToHashSet();
        _baseline = Read(_workbook);
    }

    public ProgressSheet Read(byte[] bytes) => ProgressWorkbookReader.Read(bytes, Region, Year, _ids);

    public FuzzInput Input(int index)
    {
        var random = new Random(CaseSeed.Of(_seed, index, 29));
        var name = Names[random.Next(Names.Length)];
        var bytes = name == "bytes" ? ByteMutator.Mutate(_workbook, random) : Rezip(name, random);
        return new FuzzInput(index, "workbook", "填报表.xlsx", new Mutation(name, false, []), bytes);
    }

    public (string Verdict, string Detail) Judge(FuzzInput input)
    {
        var sheet = Read(input.Bytes);
        if (sheet.Errors.Count > 0)
        {
            return ("reported", sheet.Errors[0]);
        }

        if (sheet.Columns.SetEquals(_baseline.Columns) && sheet.Rows.SequenceEqual(_baseline.Rows))
        {
            return ("same", string.Empty);
        }

        // a deleted cell or row reads as blank, which is what a blank means on the form; a long or nested text is still the text typed
        var onlyText = sheet.Rows.Select(r => (r.RowNumber, r.IndicatorId, r.Value, r.IsPreliminary)).SequenceEqual(_baseline.Rows.Select(r => (r.RowNumber, r.IndicatorId, r.Value, r.IsPreliminary)));
        return input.Mutation.Name switch
        {
            "delete-cell" or "delete-row" or "drop-entry" => ("faithful", string.Empty),
            "huge-string" or "nested" when onlyText => ("faithful", string.Empty),
            _ => ("silent", $"{sheet.Rows.Count} rows, {string.Join(",", sheet.Rows.Select(r => $"{r.IndicatorId}={r.Value}"))}"),
        };
    }

    private byte[] Rezip(string name, Random random)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(_workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = source.Entries.ToList();
            var dropped = name == "drop-entry" ? entries[random.Next(entries.Count)].FullName : null;
            foreach (var entry in entries.Where(e => e.FullName != dropped))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName.Contains("worksheets/", StringComparison.Ordinal))
                {
                    text = MutateSheet(text, name, random);
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    private static string MutateSheet(string xml, string name, Random random)
    {
        var cells = Cell().Matches(xml);
        var rows = RowElement().Matches(xml);
        var values = Value().Matches(xml);
        var texts = TextElement().Matches(xml);
        var x = xml.Contains("<x:c", StringComparison.Ordinal) ? "x:" : string.Empty;
        var depth = random.Next(2, 30);
        Match Pick(MatchCollection m) => m[random.Next(m.Count)];
        string Splice(Match m, string replacement) => xml[..m.Index] + replacement + xml[(m.Index + m.Length)..];
        return name switch
        {
            "delete-cell" => Splice(Pick(cells), string.Empty),
            "duplicate-cell" => Splice(Pick(cells), Pick(cells).Value + Pick(cells).Value),
            "delete-row" => Splice(Pick(rows), string.Empty),
            "duplicate-row" => Pick(rows) is var r ? Splice(r, r.Value + r.Value) : xml,
            "bad-number" when values.Count > 0 => Splice(Pick(values), $"<{x}v>{(random.Next(6) switch { 0 => "abc", 1 => "1e999", 2 => "NaN", 3 => new string('9', 400), 4 => "1,5", _ => "-" })}</{x}v>"),
            "huge-string" when texts.Count > 0 => Splice(Pick(texts), $"<{x}t>{new string('长', random.Next(10_000, 200_000))}</{x}t>"),
            "nested" when texts.Count > 0 => Pick(texts) is var t ? Splice(t, string.Concat(Enumerable.Repeat($"<{x}r>", depth)) + t.Value + string.Concat(Enumerable.Repeat($"</{x}r>", depth))) : xml,
            "bad-ref" => Reference().Replace(xml, m => random.Next(8) == 0 ? $"r=\"{(char)('A' + random.Next(12))}{random.Next(1, 20)}\"" : m.Value),
            "broken-xml" => xml.Remove(random.Next(xml.Length), 1),
            "bad-type" => CellType().Replace(xml, m => random.Next(4) == 0 ? $"t=\"{new[] { "s", "b", "e", "str", "d", "n" }[random.Next(6)]}\"" : m.Value, 3),
            _ => xml,
        };
    }

    [GeneratedRegex(@"<(?:x:)?c\b[^>]*?(?:/>|>.*?</(?:x:)?c>)", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<(?:x:)?row\b.*?</(?:x:)?row>", RegexOptions.Singleline)]
    private static partial Regex RowElement();

    [GeneratedRegex(@"<(?:x:)?v>[^<]*</(?:x:)?v>")]
    private static partial Regex Value();

    [GeneratedRegex(@"<(?:x:)?t(?: [^>]*)?>[^<]*</(?:x:)?t>")]
    private static partial Regex TextElement();

    [GeneratedRegex(@"r=""[A-Z]+\d+""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"t=""[a-zA-Z]+""")]
    private static partial Regex CellType();
}
