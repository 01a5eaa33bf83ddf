namespace PlanTracker.Import.Pdf;

/// <summary>One printed character of a page: its text and where it sits (PDF points, y upwards).</summary>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size)
{
    public double Centre => (Left + Right) / 2;
}
