using System.Globalization;
using System.Text;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>Hand-made PDFs (objects written out, a correct cross-reference table) that try to exhaust a reader.</summary>
internal static class HostilePdfs
{
    /// <summary>A one-page document whose page tree claims <paramref name="count"/> pages.</summary>
    public static byte[] ClaimingPages(int count) => Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        $"<< /Type /Pages /Kids [3 0 R] /Count {count} >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

    /// <summary>A document of <paramref name="count"/> empty pages.</summary>
    public static byte[] Pages(int count) => Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(3, count).Select(n => $"{n} 0 R"))}] /Count {count} >>",
            .. Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", count),
        ]);

    /// <summary>A page whose dictionary holds an array nested <paramref name="depth"/> levels deep.</summary>
    public static byte[] NestedArrays(int depth) => Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Deep {new string('[', depth)}{new string(']', depth)} >>");

    /// <summary>A page whose content stream opens <paramref name="depth"/> graphics states (q) and draws text in the innermost.</summary>
    public static byte[] NestedContent(int depth)
    {
        var content = new string('q', depth).Replace("q", "q\n") + "BT /F1 12 Tf 72 720 Td (x) Tj ET\n";
        return Build(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}endstream");
    }

    private static byte[] Build(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
