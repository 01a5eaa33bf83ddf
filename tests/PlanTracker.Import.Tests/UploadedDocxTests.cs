using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Packages;

namespace PlanTracker.Import.Tests;

/// <summary>
/// Issue 11, defect 1: a small .docx must not end the process (the SDK's recursive DOM build overflowed the
/// stack on 200,000 nested runs) nor inflate without bound (zip bomb). Refused with a Chinese reason, fast.
/// </summary>
public class UploadedDocxTests
{
    private const string Document = "word/document.xml";

    private static readonly byte[] Plain = DocxTextExtractorTests.BuildDocx("第一章 总则\n一、发展基础\n");

    [Fact]
    public void A_4_KB_docx_with_200000_nested_runs_is_refused_as_too_deep_after_reading_only_its_start()
    {
        var docx = HostilePackages.Inject(Plain, Document, "<w:body>", "<w:p>" + HostilePackages.Nested("w:r", 200_000) + "</w:p>");
        Assert.True(docx.Length < 8 * 1024, $"{docx.Length} bytes");

        var read = PlanDocumentReader.Read("规划.docx", docx);
        var check = OfficePackageGuard.Check(docx, OfficePackageLimits.Docx);

        Assert.False(read.Success);
        Assert.Equal(OfficePackageGuard.TooDeepError, read.Error);
        Assert.Equal(PackageVerdict.Refused, check.Verdict);
        // The nested part inflates to 2.2 MB (11 bytes a level); the scan stopped at level 128, within its first buffers.
        Assert.True(check.BytesInflated < 64 * 1024, $"{check.BytesInflated} bytes inflated");
    }

    [Fact]
    public void Nesting_is_allowed_up_to_the_limit_and_refused_one_level_beyond_in_any_part()
    {
        var limits = OfficePackageLimits.Docx with { MaxDepth = 40 };
        // document.xml already nests w:document > w:body (2 levels): 38 more reach the limit.
        var atLimit = HostilePackages.Inject(Plain, Document, "<w:body>", HostilePackages.Nested("w:p", 38));
        var beyond = HostilePackages.Inject(Plain, Document, "<w:body>", HostilePackages.Nested("w:p", 39));
        // A part no relationship points to, with a name that is not .xml, is scanned too.
        var hidden = HostilePackages.Add(Plain, "word/media/image9.bin", System.Text.Encoding.UTF8.GetBytes(HostilePackages.Nested("a", 41)));

        Assert.True(OfficePackageGuard.Check(atLimit, limits).Accepted);
        Assert.Equal(OfficePackageGuard.TooDeepError, OfficePackageGuard.Check(beyond, limits).Reason);
        Assert.Equal(OfficePackageGuard.TooDeepError, OfficePackageGuard.Check(hidden, limits).Reason);
    }

    [Fact]
    public void A_zip_bomb_docx_is_refused_once_its_part_expands_beyond_100_times_its_compressed_size()
    {
        // 64 MB of empty paragraphs deflate about 1000:1.
        var docx = HostilePackages.Bomb(Plain, Document, "<w:body>", "<w:p/>", 64L * 1024 * 1024);
        var (compressed, others) = Sizes(docx, Document);

        var read = DocxTextExtractor.Read(docx);
        var check = OfficePackageGuard.Check(docx, OfficePackageLimits.Docx);

        Assert.Equal(OfficePackageGuard.TooLargeError, read.Error);
        Assert.Equal(PackageVerdict.Refused, check.Verdict);
        // Stopped one byte past max(1 MB, 100 × compressed), never inflating the 64 MB.
        var threshold = Math.Max(1024 * 1024, 100 * compressed);
        Assert.InRange(check.BytesInflated, threshold + 1, threshold + 1 + others);
    }

    [Fact]
    public void Many_parts_each_small_and_plausible_are_refused_at_the_total_size()
    {
        var limits = OfficePackageLimits.Docx;
        // 1 MB each (the ratio applies beyond that): 52 of them pass 50 MB.
        var megabyte = System.Text.Encoding.UTF8.GetBytes("<x>" + string.Concat(Enumerable.Repeat("<p/>", (1024 * 1024 - 7) / 4)) + "</x>");
        var docx = Plain;
        for (var i = 0; i < 52; i++)
        {
            docx = HostilePackages.Add(docx, $"customXml/item{i}.xml", megabyte);
        }

        var check = OfficePackageGuard.Check(docx, limits);

        Assert.Equal(OfficePackageGuard.TooLargeError, check.Reason);
        Assert.Equal(limits.MaxTotalBytes + 1, check.BytesInflated);
    }

    [Fact]
    public void Too_many_entries_duplicate_names_and_pieces_are_refused_before_inflating()
    {
        // The plain document has three entries: [Content_Types].xml, _rels/.rels, word/document.xml.
        var few = OfficePackageLimits.Docx with { MaxEntries = 2 };
        var duplicate = HostilePackages.Add(Plain, "WORD/document.xml", "<w:document/>"u8.ToArray());
        var piece = HostilePackages.Add(Plain, "word/footer1.xml/[0].piece", "<w:ftr>"u8.ToArray());

        Assert.Equal(new OfficePackageCheck(PackageVerdict.Refused, OfficePackageGuard.TooManyPartsError, 0), OfficePackageGuard.Check(Plain, few));
        Assert.Equal(new OfficePackageCheck(PackageVerdict.Refused, OfficePackageGuard.DuplicatePartError, 0), OfficePackageGuard.Check(duplicate, OfficePackageLimits.Docx));
        Assert.Equal(OfficePackageGuard.DuplicatePartError, OfficePackageGuard.Check(piece, OfficePackageLimits.Docx).Reason);
    }

    [Fact]
    public void A_real_document_is_read_once_whole_and_binary_parts_are_only_counted()
    {
        var text = Seeds.Text(Seeds.Changsha);
        var docx = HostilePackages.Add(DocxTextExtractorTests.BuildDocx(text), "word/media/image1.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        using var zip = new ZipArchive(new MemoryStream(docx));

        var check = OfficePackageGuard.Check(docx, OfficePackageLimits.Docx);

        Assert.True(check.Accepted, check.Reason);
        Assert.Equal(zip.Entries.Sum(e => e.Length), check.BytesInflated);
        Assert.True(DocxTextExtractor.Read(docx).Success);
    }

    [Fact]
    public void Tables_nested_ten_deep_as_in_real_forms_stay_well_below_the_depth_limit()
    {
        var cell = new TableCell(new Paragraph(new Run(new Text("专栏1"))));
        for (var i = 0; i < 10; i++)
        {
            cell = new TableCell(new Table(new TableRow(cell)), new Paragraph());
        }

        var docx = DocxFrom(new Body(new Paragraph(new Run(new Text("第一章 总则"))), new Table(new TableRow(cell))));

        var read = DocxTextExtractor.Read(docx);

        Assert.True(read.Success, read.Error);
        Assert.True(OfficePackageGuard.Check(docx, OfficePackageLimits.Docx with { MaxDepth = 40 }).Accepted);
    }

    [Fact]
    public void Malformed_xml_and_a_dtd_are_damaged_not_a_crash()
    {
        var malformed = HostilePackages.Inject(Plain, Document, "<w:body>", "<w:p>");
        var dtd = HostilePackages.Replace(Plain, Document, (_, output) =>
            output.Write("""<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"""u8));

        Assert.Equal(PackageVerdict.Damaged, OfficePackageGuard.Check(malformed, OfficePackageLimits.Docx).Verdict);
        Assert.Equal(DocxTextExtractor.NotDocxError, DocxTextExtractor.Read(malformed).Error);
        Assert.Equal(DocxTextExtractor.NotDocxError, DocxTextExtractor.Read(dtd).Error);
        Assert.Equal(PackageVerdict.Damaged, OfficePackageGuard.Check([.. "PK"u8, 3, 4, 0, 0], OfficePackageLimits.Docx).Verdict);
    }

    /// <summary>The compressed size of one entry and the uncompressed size of all the others.</summary>
    private static (long Compressed, long Others) Sizes(byte[] package, string entryName)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return (zip.GetEntry(entryName)!.CompressedLength, zip.Entries.Where(e => e.FullName != entryName).Sum(e => e.Length));
    }

    private static byte[] DocxFrom(Body body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }
}
