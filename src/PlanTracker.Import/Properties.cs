using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PlanTracker.Import.Tests")]
