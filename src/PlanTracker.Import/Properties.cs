using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PlanTracker.Import.Tests")]

// the PDF benchmark renders a seed as the PDF tests do (PlanParser.ReadDocument)
[assembly: InternalsVisibleTo("PlanTracker.Benchmarks")]

// the fuzz corpus writes the seeds' tables as real Word tables (PlanParser.ReadDocument)
[assembly: InternalsVisibleTo("PlanTracker.Fuzz")]

// the printed reports' PDFs are read back with the importer's own radical mapping (PdfGlyphText.Ideograph)
[assembly: InternalsVisibleTo("PlanTracker.Web.Tests")]
