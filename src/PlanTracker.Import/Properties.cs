using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PlanTracker.Import.Tests")]
[assembly: InternalsVisibleTo("PlanTracker.Fuzz")]
