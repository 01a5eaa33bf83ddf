namespace PlanTracker.Data.Auditing;

/// <summary>One row of the append-only audit trail (the database refuses updates and deletes).</summary>
public class AuditEvent
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The user name acting (or the one a failed sign-in tried); null for anonymous requests.</summary>
    public string? UserName { get; set; }

    public required string Action { get; set; }

    /// <summary>What was acted on: a user name, a path, a plan.</summary>
    public string? Target { get; set; }

    public string? IpAddress { get; set; }

    public string? Detail { get; set; }

    /// <summary>The city whose business this was (a value saved, a report moved, a plan imported …); null for sign-ins, accounts and province-wide acts.</summary>
    public int? RegionId { get; set; }

    /// <summary>An event with each text cut to its column's length (user 256, target 512, address 64, detail 2000).</summary>
    public static AuditEvent Create(DateTimeOffset occurredAt, string action, string? userName, string? target, string? ipAddress, string? detail, int? regionId = null) => new()
    {
        OccurredAt = occurredAt,
        RegionId = regionId,
        Action = action,
        UserName = Truncate(userName, 256),
        Target = Truncate(target, 512),
        IpAddress = Truncate(ipAddress, 64),
        Detail = Truncate(detail, 2000),
    };

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}

/// <summary>The audit actions, as stored.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignOut = "sign-out";
    public const string AccessDenied = "access-denied";
    public const string UserCreated = "user-created";
    public const string UserChanged = "user-changed";
    public const string UserDisabled = "user-disabled";
    public const string UserEnabled = "user-enabled";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string PasswordChangeFailed = "password-change-failed";
    public const string PlanImported = "plan-imported";
    public const string PlanRestored = "plan-restored";
    public const string YearClosed = "year-closed";
    public const string YearReopened = "year-reopened";
    public const string DeadlineChanged = "deadline-changed";
    public const string ApiTokenIssued = "api-token-issued";
    public const string ApiTokenRevoked = "api-token-revoked";
    public const string ValuesSaved = "values-saved";
    public const string ItemProgressSaved = "item-progress-saved";
    public const string ReportSubmitted = "report-submit";
    public const string ReportApproved = "report-approve";
    public const string ReportReturned = "report-return";
    public const string ReportReopened = "report-reopen";
    public const string FinalNarrativeSaved = "final-narrative-saved";
    public const string TargetAdjusted = "target-adjusted";
    public const string TargetAdjustmentRemoved = "target-adjustment-removed";
    public const string PolaritySet = "catalogue-polarity-set";

    /// <summary>Every action, in the order the audit page offers them as a filter: sign-in and accounts, plans and years, then the cities' reporting.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SignIn, SignInFailed, LockedOut, SignOut, AccessDenied,
        UserCreated, UserChanged, UserDisabled, UserEnabled, PasswordReset, PasswordChanged, PasswordChangeFailed,
        ApiTokenIssued, ApiTokenRevoked,
        PlanImported, PlanRestored, TargetAdjusted, TargetAdjustmentRemoved, PolaritySet,
        YearClosed, YearReopened, DeadlineChanged,
        ValuesSaved, ItemProgressSaved, ReportSubmitted, ReportApproved, ReportReturned, ReportReopened, FinalNarrativeSaved,
    ];

    public static string ChineseName(string action) => action switch
    {
        SignIn => "登录",
        SignInFailed => "登录失败",
        LockedOut => "账户锁定",
        SignOut => "退出",
        AccessDenied => "越权访问被拒绝",
        YearClosed => "关闭填报年度",
        YearReopened => "重新开放填报年度",
        DeadlineChanged => "修改填报截止日期",
        UserCreated => "创建用户",
        UserChanged => "修改用户",
        UserDisabled => "停用账户",
        UserEnabled => "启用账户",
        PasswordReset => "重置密码",
        PasswordChanged => "修改密码",
        PasswordChangeFailed => "修改密码失败（当前密码错误）",
        PlanImported => "导入规划",
        PlanRestored => "恢复规划的导入版本",
        ApiTokenIssued => "签发 API 令牌",
        ApiTokenRevoked => "吊销 API 令牌",
        ValuesSaved => "保存指标数值",
        ItemProgressSaved => "保存专栏与项目进度",
        FinalNarrativeSaved => "填写总结评估",
        TargetAdjusted => "规划调整（修改指标目标）",
        TargetAdjustmentRemoved => "撤销规划调整",
        PolaritySet => "设置目录指标方向",
        ReportSubmitted => "提交审核",
        ReportApproved => "审核通过",
        ReportReturned => "退回修改",
        ReportReopened => "重新打开报告",
        _ => action,
    };
}
