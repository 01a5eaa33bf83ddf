using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Plans;

namespace PlanTracker.Web.Features.Exports;

/// <summary>What the comparison page's filters ask for: the indicator shown, the year, and the catalogue filters.</summary>
/// <param name="Scope">Which reviewed values the figures use: the page's own choice (approved by default).</param>
public sealed record ComparisonExportRequest(int? IndicatorId, int? Year, string? Category, bool BindingOnly, ValueScope Scope = ValueScope.Approved);

/// <summary>
/// The comparison as exported: the page's indicator, and every catalogue indicator the filters leave. <c>Period</c>:
/// the plan period in force in <c>Year</c> (null when no plan is imported), which names the baseline and target columns.
/// </summary>
public sealed record ComparisonExport(
    DateTimeOffset ExportedAt,
    int Year,
    PlanPeriod? Period,
    string? Category,
    bool BindingOnly,
    Comparison? Current,
    IReadOnlyList<Comparison> Filtered);

/// <summary>
/// Builds the comparison export from <see cref="ComparisonService"/> itself (same access rule, same ranking),
/// choosing the indicator and year exactly as the page does when the address does not say: the year through the
/// province's <see cref="PlanYears"/> (a year no plan covers falls back to the default year).
/// </summary>
public sealed class ComparisonExportService(ComparisonService comparisons, PlanYearService planYears, TimeProvider clock)
{
    public const string DefaultIndicator = "城镇新增就业人数";

    public async Task<ComparisonExport> BuildAsync(ComparisonExportRequest request, CancellationToken cancellationToken = default)
    {
        var catalogue = await comparisons.CatalogueAsync(cancellationToken);
        var years = await planYears.ForProvinceAsync(cancellationToken);
        var year = years.Resolve(request.Year);
        var indicatorId = request.IndicatorId is { } asked && catalogue.Any(c => c.Id == asked)
            ? asked
            : (catalogue.FirstOrDefault(c => c.Name == DefaultIndicator) ?? (catalogue.Count > 0 ? catalogue[0] : null))?.Id;
        var current = indicatorId is { } id ? await comparisons.CompareAsync(id, year, request.Scope, cancellationToken: cancellationToken) : null;

        var filtered = new List<Comparison>();
        foreach (var entry in catalogue.Where(c => string.IsNullOrEmpty(request.Category) || c.Category == request.Category).Where(c => !request.BindingOnly || c.AnyBinding))
        {
            if (await comparisons.CompareAsync(entry.Id, year, request.Scope, cancellationToken: cancellationToken) is { } comparison)
            {
                filtered.Add(comparison);
            }
        }

        return new ComparisonExport(clock.GetUtcNow(), year, years.InForce(year), request.Category, request.BindingOnly, current, filtered);
    }
}
