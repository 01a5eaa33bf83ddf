using Xunit.Abstractions;

namespace PlanTracker.Import.Tests.Word;

/// <summary>
/// Issue 12: the seeds' tables laid out as Word users also lay them out — a separate 类别 column merged down its
/// group and a 序号 column (c), a merged 其中 label column (d), header cells broken over lines or a header over two rows (e) — scored
/// against the golden values. What fails here is the walker's to read (columns by meaning), not the Word reader's:
/// the reader's rows for these layouts are pinned in <see cref="WordTableReaderTests"/>.
/// </summary>
public class WordTableLayoutTests(ITestOutputHelper output)
{
    public static TheoryData<string, WordVariant> Cases() =>
        WordCases.For(WordVariant.CategoryAndNumberColumns, WordVariant.MergedOfWhichColumn, WordVariant.BrokenHeaderCells, WordVariant.StackedYearHeader);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_golden_table_row_is_read_from_the_Word_tables(string seed, WordVariant variant)
    {
        var plan = WordCases.Parse(seed, variant);

        var score = GoldenValues.SeedGolden.For(seed).Score(plan);

        output.WriteLine(score.Report());
        Assert.All([Variants.Fidelity.Main, Variants.Fidelity.Previous, Variants.Fidelity.Projects], section => Assert.True(score.Section(section).AllMatched, score.Report()));
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void The_two_row_header_is_written_and_read_as_one_header_row(string seed)
    {
        var read = PlanDocumentReader.Read("规划.docx", SeedWordVariants.Docx(Seeds.Text(seed), WordVariant.StackedYearHeader));

        Assert.True(read.Success, read.Error);
        Assert.Contains(read.Document!.Elements.OfType<Parsing.RowElement>(), r => r.Cells.Any(c => c.StartsWith("年份 2025", StringComparison.Ordinal)) && Parsing.TableLayout.TryRecognise(r.Cells) is not null);
    }
}
