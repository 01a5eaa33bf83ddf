using FluentValidation;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Account;

public sealed class SignInRequest
{
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}

public sealed class SignInRequestValidator : AbstractValidator<SignInRequest>
{
    public SignInRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("请输入用户名。").MaximumLength(256).WithMessage("用户名过长。");
        RuleFor(r => r.UserName).CleanText().WithMessage("用户名" + TextInput.Message);
        RuleFor(r => r.Password).NotEmpty().WithMessage("请输入密码。").MaximumLength(256).WithMessage("密码过长。");
    }
}

public sealed class ChangePasswordRequest
{
    public string CurrentPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChangePasswordRequestValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage("请输入当前密码。");
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("请输入新密码。")
            .MinimumLength(12).WithMessage("新密码至少需要 12 个字符。")
            .MaximumLength(256).WithMessage("新密码过长。")
            .NotEqual(r => r.CurrentPassword).WithMessage("新密码不能与当前密码相同。");
        RuleFor(r => r.ConfirmPassword).Equal(r => r.NewPassword).WithMessage("两次输入的新密码不一致。");
    }
}
