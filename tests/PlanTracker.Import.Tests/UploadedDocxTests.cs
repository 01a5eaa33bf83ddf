using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Packages;
using PlanTracker.Import.Word;

namespace PlanTracker.Import.Tests;

/// <summary>
/// Issue 11, defect 1: a small .docx must not end the process (the SDK's recursive DOM build overflowed the
/// stack on 200,000 nested runs) nor inflate without bound (zip bomb). Refused with a Chinese reason, fast.
/// </summary>
public class UploadedDocxTests
{
    private const string Document = "word/document.xml";

    private static readonly byte[] Plain = DocxDocumentReaderTests.BuildDocx("第一章 总则\n一、发展基础\n");

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
        // 64 MB of zeros (as text in the body) deflate about 1000:1.
        var docx = HostilePackages.Bomb(Plain, Document, "<w:body>", "0", 64L * 1024 * 1024);
        var (compressed, others) = Sizes(docx, Document);

        var read = DocxDocumentReader.Read(docx);
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
        // 1 MB each, so the ratio does not apply; the total lowered from 50 to 8 MB to keep the test cheap: 9 parts pass it.
        var limits = OfficePackageLimits.Docx with { MaxTotalBytes = 8 * 1024 * 1024 };
        var megabyte = System.Text.Encoding.UTF8.GetBytes("<x>" + new string('0', 1024 * 1024 - 7) + "</x>");
        var docx = HostilePackages.Add(Plain, [.. Enumerable.Range(0, 9).Select(i => ($"customXml/item{i}.xml", megabyte))]);

        var check = OfficePackageGuard.Check(docx, limits);

        Assert.Equal(OfficePackageGuard.TooLargeError, check.Reason);
        Assert.Equal(limits.MaxTotalBytes + 1, check.BytesInflated);
    }

    [Fact]
    public void A_flood_of_small_elements_is_refused_at_the_element_limit()
    {
        // 2.5 million empty paragraphs: 15 MB, within the size limits, but a DOM of millions of objects.
        var docx = HostilePackages.Bomb(Plain, Document, "<w:body>", "<w:p/>", 15L * 1024 * 1024);

        // It also expands 1000:1, so the ratio would stop it first: lifted here to reach the element limit.
        var check = OfficePackageGuard.Check(docx, OfficePackageLimits.Docx with { MaxRatio = 10_000 });

        Assert.Equal(OfficePackageGuard.TooManyElementsError, check.Reason);
        // 2,000,000 elements of 6 bytes after the 2 opening ones, plus one 16 KB buffer at most.
        Assert.InRange(check.BytesInflated, 12_000_000, 12_000_000 + 16 * 1024 + 1_000);
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
        var docx = HostilePackages.Add(DocxDocumentReaderTests.BuildDocx(text), "word/media/image1.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        using var zip = new ZipArchive(new MemoryStream(docx));

        var check = OfficePackageGuard.Check(docx, OfficePackageLimits.Docx);

        Assert.True(check.Accepted, check.Reason);
        Assert.Equal(zip.Entries.Sum(e => e.Length), check.BytesInflated);
        Assert.True(DocxDocumentReader.Read(docx).Success);
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

        var read = DocxDocumentReader.Read(docx);

        Assert.True(read.Success, read.Error);
        Assert.True(OfficePackageGuard.Check(docx, OfficePackageLimits.Docx with { MaxDepth = 40 }).Accepted);
    }

    [Fact]
    public void Malformed_xml_a_dtd_and_a_broken_zip_get_the_damaged_message_not_a_crash()
    {
        var malformed = HostilePackages.Inject(Plain, Document, "<w:body>", "<w:p>");
        var dtd = HostilePackages.Replace(Plain, Document, (_, output) =>
            output.Write("""<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"""u8));

        // Malformed XML is the SDK's to report (it stops where the scan stopped); a broken zip is the guard's.
        Assert.True(OfficePackageGuard.Check(malformed, OfficePackageLimits.Docx).Accepted);
        Assert.Equal(DocxDocumentReader.NotDocxError, DocxDocumentReader.Read(malformed).Error);
        Assert.Equal(DocxDocumentReader.NotDocxError, DocxDocumentReader.Read(dtd).Error);
        Assert.Equal(PackageVerdict.Damaged, OfficePackageGuard.Check([.. "PK"u8, 3, 4, 0, 0], OfficePackageLimits.Docx).Verdict);
    }

    [Fact]
    public void A_main_part_not_named_xml_is_still_refused_by_the_sdk_when_it_has_a_dtd()
    {
        // The guard scans every entry as XML but tolerates parse errors outside .xml/.rels (images are not XML).
        // That is safe because the SDK prohibits DTDs too, so it stops where the scan stopped. Checked with the
        // main part renamed to .dat: readable as it is, refused by the SDK behind a DTD the scan stops at.
        const string Open = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>第一章 总则</w:t></w:r>""";
        const string Close = "</w:p></w:body></w:document>";
        var plain = RenamedMainPart(Open + Close);
        var deep = RenamedMainPart(Open + HostilePackages.Nested("w:r", 1_000) + Close);
        var behindDtd = RenamedMainPart("<!DOCTYPE w:document>" + Open + HostilePackages.Nested("w:r", 1_000) + Close);

        Assert.Equal("第一章 总则\n", DocxDocumentReader.Read(plain).Text);
        Assert.Equal(OfficePackageGuard.TooDeepError, DocxDocumentReader.Read(deep).Error);
        Assert.True(OfficePackageGuard.Check(behindDtd, OfficePackageLimits.Docx).Accepted);
        Assert.Equal(DocxDocumentReader.NotDocxError, DocxDocumentReader.Read(behindDtd).Error);
    }

    /// <summary>The plain document with word/document.xml renamed word/document.dat (relationship and content type follow).</summary>
    private static byte[] RenamedMainPart(string documentXml)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(Plain)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = entry.FullName == Document ? documentXml : reader.ReadToEnd().Replace("document.xml", "document.dat", StringComparison.Ordinal);
                if (entry.FullName == "[Content_Types].xml" && !text.Contains("/word/document.dat", StringComparison.Ordinal))
                {
                    text = text.Replace("</Types>", """<Override PartName="/word/document.dat" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" /></Types>""", StringComparison.Ordinal);
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName.Replace("document.xml", "document.dat", StringComparison.Ordinal)).Open());
                writer.Write(text);
            }
        }

        return output.ToArray();
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
