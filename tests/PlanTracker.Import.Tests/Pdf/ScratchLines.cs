using UglyToad.PdfPig;
namespace PlanTracker.Import.Tests.Pdf;

public class ScratchLines
{
    [Fact]
    public void Lines()
    {
        var bytes = File.ReadAllBytes("/tmp/pdfscratch/002_64beaed048f7f4b9.txt.pdf");
        using var doc = PdfDocument.Open(bytes);
        var output = new List<string>();
        for (var n = 1; n <= doc.NumberOfPages; n++)
        {
            var page = doc.GetPage(n);
            var glyphs = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => new Import.Pdf.PdfGlyph(l.Value, l.StartBaseLine.X, l.EndBaseLine.X, l.StartBaseLine.Y, l.PointSize));
            foreach (var line in Import.Pdf.PdfLineBuilder.Build(n, glyphs))
            {
                output.Add($"{line} size {line.Size:0.0} words {line.Words.Count}");
            }
        }
        File.WriteAllLines("/tmp/pdfscratch/lines.txt", output);
    }
}
