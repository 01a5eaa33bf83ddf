using FluentValidation;
using PlanTracker.Web.Security;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Features.Admin;

public sealed class CreateUserRequest
{
    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Role { get; set; } = Roles.CityReporter;

    public int? RegionId { get; set; }

    public string Password { get; set; } = string.Empty;
}

public sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    /// <summary>Field limits, also the admin forms' maxlength (so a paste never exceeds the circuit's message size).</summary>
    public const int MaxUserNameLength = 64;

    public const int MaxDisplayNameLength = 64;

    public const int MaxPasswordLength = 256;

    public CreateUserRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("请填写用户名。")
            .Matches("^[A-Za-z0-9._@+-]{3,64}$").WithMessage("用户名为 3–64 个字母、数字或 . _ @ + -。");
        RuleFor(r => r.UserName).CleanText().WithMessage("用户名" + TextInput.Message);
        RuleFor(r => r.DisplayName).CleanText().WithMessage("姓名" + TextInput.Message);
        RuleFor(r => r.DisplayName).NotEmpty().WithMessage("请填写姓名或称呼。").MaximumLength(MaxDisplayNameLength).WithMessage($"姓名最多 {MaxDisplayNameLength} 个字。");
        RuleFor(r => r.Role).Must(Roles.All.Contains).WithMessage("请选择角色。");
        RuleFor(r => r.RegionId).NotNull().When(r => Roles.IsCityScoped(r.Role)).WithMessage("填报员和审核人必须属于一个地区。");
        RuleFor(r => r.RegionId).Null().When(r => !Roles.IsCityScoped(r.Role)).WithMessage("省级用户和管理员不属于某个地区。");
        RuleFor(r => r.Password).NotEmpty().WithMessage("请设置初始密码。").MinimumLength(12).WithMessage("初始密码至少 12 个字符。").MaximumLength(MaxPasswordLength);
    }
}

public sealed class AssignRoleRequest
{
    public string Role { get; set; } = Roles.CityReporter;

    public int? RegionId { get; set; }
}

public sealed class AssignRoleRequestValidator : AbstractValidator<AssignRoleRequest>
{
    public AssignRoleRequestValidator()
    {
        RuleFor(r => r.Role).Must(Roles.All.Contains).WithMessage("请选择角色。");
        RuleFor(r => r.RegionId).NotNull().When(r => Roles.IsCityScoped(r.Role)).WithMessage("填报员和审核人必须属于一个地区。");
        RuleFor(r => r.RegionId).Null().When(r => !Roles.IsCityScoped(r.Role)).WithMessage("省级用户和管理员不属于某个地区。");
    }
}

public sealed class ResetPasswordRequest
{
    public string NewPassword { get; set; } = string.Empty;
}

public sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator()
    {
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("请输入新密码。").MinimumLength(12).WithMessage("新密码至少 12 个字符。").MaximumLength(CreateUserRequestValidator.MaxPasswordLength);
    }
}
