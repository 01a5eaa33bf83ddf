namespace PlanTracker.Domain.Progress;

/// <summary>
/// One reported figure: the indicator's value for <paramref name="Year"/> as of 31 December.
/// For a cumulative indicator it is that year's increment; for a level indicator the stock at year end;
/// for a rate the year's rate.
/// </summary>
public sealed record YearValue(int Year, decimal Value);
