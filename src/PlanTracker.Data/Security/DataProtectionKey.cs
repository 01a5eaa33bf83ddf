namespace PlanTracker.Data.Security;

/// <summary>An ASP.NET Core data-protection key, so that every portal instance decrypts the same cookies.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
