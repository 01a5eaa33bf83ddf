using FluentValidation;
using PlanTracker.Web.Features.Progress.Items;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>The entry page's one save: the indicator rows and, when the page has them, the 专栏/project part.</summary>
public sealed record SaveYearRequest(SaveProgressRequest Values, SaveItemProgressRequest? Items);

/// <summary>Both parts by their own validators (the same the workbook and the 专栏-only save use): invalid input in either stores nothing.</summary>
public sealed class SaveYearRequestValidator : AbstractValidator<SaveYearRequest>
{
    public SaveYearRequestValidator()
    {
        RuleFor(r => r.Values).SetValidator(new SaveProgressRequestValidator());
        RuleFor(r => r.Items!).SetValidator(new SaveItemProgressRequestValidator()).When(r => r.Items is not null);
    }
}
