namespace PlanTracker.Data.Identity;

/// <summary>The four kinds of people who use the portal.</summary>
public static class Roles
{
    /// <summary>填报员: enters and submits their city's values.</summary>
    public const string CityReporter = "CityReporter";

    /// <summary>审核人: reviews and approves their city's submissions, sees its dashboard.</summary>
    public const string CityLeader = "CityLeader";

    /// <summary>省级用户: reads every city, compares; never writes.</summary>
    public const string ProvincialAnalyst = "ProvincialAnalyst";

    /// <summary>管理员: users, imports, catalogue, reporting-period locks.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [CityReporter, CityLeader, ProvincialAnalyst, Admin];

    public static string ChineseName(string role) => role switch
    {
        CityReporter => "填报员",
        CityLeader => "审核人",
        ProvincialAnalyst => "省级用户",
        Admin => "管理员",
        _ => role,
    };

    /// <summary>Reporters and leaders act for one city; the others see every city.</summary>
    public static bool IsCityScoped(string role) => role is CityReporter or CityLeader;
}
