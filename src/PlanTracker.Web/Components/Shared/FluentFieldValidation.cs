using FluentValidation;

namespace PlanTracker.Web.Components.Shared;

/// <summary>
/// A FluentValidation validator as a MudForm's Validation: each field with For="() => model.X" gets the messages of the
/// validator's rules for X, shown at the field. The services validate again with the same validator.
/// </summary>
public static class FluentFieldValidation
{
    public static Func<object, string, Task<IEnumerable<string>>> For<T>(IValidator<T> validator) => async (model, propertyName) =>
    {
        var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, options => options.IncludeProperties(propertyName)));
        return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
    };
}
