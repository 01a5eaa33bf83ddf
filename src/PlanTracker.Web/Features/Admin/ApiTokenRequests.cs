using FluentValidation;

namespace PlanTracker.Web.Features.Admin;

public sealed class IssueApiTokenRequest
{
    public string UserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Last day the token works (China time); null: until revoked.</summary>
    public DateOnly? ExpiresOn { get; set; }
}

public sealed class IssueApiTokenRequestValidator : AbstractValidator<IssueApiTokenRequest>
{
    /// <summary>api_tokens.name; also the form's maxlength.</summary>
    public const int MaxNameLength = 64;

    public IssueApiTokenRequestValidator()
    {
        RuleFor(r => r.UserId).NotEmpty().WithMessage("请选择令牌所属的用户。");
        RuleFor(r => r.Name).NotEmpty().WithMessage("请填写令牌名称（用途，例如“省厅数据平台”）。").MaximumLength(MaxNameLength).WithMessage($"令牌名称最多 {MaxNameLength} 个字。");
    }
}

/// <summary>A token as the admin list shows it: never the secret.</summary>
public sealed record ApiTokenRow(
    int Id,
    string Name,
    string Prefix,
    string UserName,
    string UserDisplayName,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

/// <summary>The outcome of issuing: the secret, to be shown once, or the errors.</summary>
public sealed record IssuedApiToken(string? Secret, string? Prefix, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Secret is not null;
}
