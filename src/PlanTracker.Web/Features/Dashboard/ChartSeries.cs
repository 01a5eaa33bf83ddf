namespace PlanTracker.Web.Features.Dashboard;

/// <summary>One point of a yearly series.</summary>
public sealed record ChartPoint(int Year, decimal Value);

/// <summary>A line of <see cref="LineChart"/>: its legend name, points, colour, dashed or solid, with value labels or not.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points, string Colour, bool Dashed = false, bool Labels = false);
