using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Word;

namespace PlanTracker.Import.Tests;

public class DocxDocumentReaderTests
{
    [Fact]
    public void A_Word_document_of_the_Changsha_plan_parses_like_its_text_export()
    {
        var text = Seeds.Text(Seeds.Changsha);
        var docx = BuildDocx(text);

        var read = PlanDocumentReader.Read("长沙.docx", docx);

        Assert.True(read.Success, read.Error);
        var fromWord = PlanParser.Parse(read);
        var fromText = Seeds.Plan(Seeds.Changsha);
        Assert.Equal("docx", fromWord.Layout);
        Assert.Equal(fromText.Region, fromWord.Region);
        Assert.Equal(fromText.DocumentNumber, fromWord.DocumentNumber);
        Assert.Equal(Json(fromText.Indicators), Json(fromWord.Indicators));
        Assert.Equal(Json(fromText.PreviousPeriod), Json(fromWord.PreviousPeriod));
        Assert.Equal(fromText.Chapters.Select(c => c.Title), fromWord.Chapters.Select(c => c.Title));
        Assert.Equal(fromText.SpecialColumns.Select(c => c.Title), fromWord.SpecialColumns.Select(c => c.Title));
    }

    [Theory]
    [InlineData("content-type")]
    [InlineData("missing-part")]
    public void A_Word_file_with_a_damaged_package_gets_a_Chinese_message_not_an_exception(string damage)
    {
        // issue 11, defect 6 (fuzz): these threw ArgumentException ("A token is not valid…") and
        // InvalidOperationException ("Specified part does not exist in the package") out of PlanDocumentReader
        using var stream = new MemoryStream();
        stream.Write(BuildDocx("第一章 总则\n"));
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = damage == "content-type" ? zip.GetEntry("[Content_Types].xml")! : zip.Entries.First(e => e.FullName.EndsWith("document.xml", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            if (damage == "content-type")
            {
                using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
                writer.Write(xml.Replace("ContentType=\"application/", "ContentType=\"app lication/", StringComparison.Ordinal));
            }
        }

        var read = PlanDocumentReader.Read("损坏.docx", stream.ToArray());

        Assert.False(read.Success);
        Assert.Equal(DocxDocumentReader.NotDocxError, read.Error);
    }

    [Fact]
    public void A_damaged_Word_file_gets_a_Chinese_message()
    {
        var docx = BuildDocx("第一章 总则\n");
        var damaged = docx[..(docx.Length / 2)];

        var read = PlanDocumentReader.Read("损坏.docx", damaged);

        Assert.False(read.Success);
        Assert.Equal(DocxDocumentReader.NotDocxError, read.Error);
    }

    /// <summary>A Word document as a bureau would have it: lines with tabs become table rows, the rest paragraphs.</summary>
    internal static byte[] BuildDocx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in text.Split('\n'))
            {
                if (line.Contains('\t'))
                {
                    table ??= body.AppendChild(new Table());
                    var row = table.AppendChild(new TableRow());
                    foreach (var cell in line.Split('\t'))
                    {
                        row.AppendChild(new TableCell(new Paragraph(new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
                    }

                    continue;
                }

                table = null;
                body.AppendChild(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, PlanJson.Options);
}
