using FluentValidation;

namespace PlanTracker.Web.Features.Admin;

/// <summary>A catalogue indicator an admin adds by hand.</summary>
public sealed class CreateCanonicalRequest
{
    public string Name { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public string? Category { get; set; }

    public bool Cumulative { get; set; }
}

public sealed class CreateCanonicalRequestValidator : AbstractValidator<CreateCanonicalRequest>
{
    /// <summary>The columns' lengths; also the form's maxlength.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Unit and category.</summary>
    public const int MaxUnitLength = 32;

    public CreateCanonicalRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("请填写目录指标名称。").MaximumLength(MaxNameLength).WithMessage("名称过长。");
        RuleFor(r => r.Unit).NotEmpty().WithMessage("请填写统一单位。").MaximumLength(MaxUnitLength).WithMessage("单位过长。");
        RuleFor(r => r.Category).MaximumLength(MaxUnitLength).WithMessage("类别过长。");
    }
}
