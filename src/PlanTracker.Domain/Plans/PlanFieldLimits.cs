namespace PlanTracker.Domain.Plans;

/// <summary>
/// The longest text each stored plan field may hold: the one source for the EF Core configurations
/// (HasMaxLength, hence the varchar columns) and for the validator of a parsed plan, so that an over-long value
/// is refused with a message before the database sees it.
/// </summary>
public static class PlanFieldLimits
{
    public const int RegionName = 64;
    public const int RegionFullName = 128;

    /// <summary>An unlisted region's short name is its name: the region a plan names is held to this.</summary>
    public const int RegionShortName = 32;
    public const int RegionProvince = 32;
    public const int RegionAdminCode = 12;

    public const int PlanTitle = 256;
    public const int DocumentNumber = 64;
    public const int Issuer = 128;

    public const int ChapterTitle = 256;
    public const int SectionTitle = 256;

    public const int IndicatorName = 256;
    public const int IndicatorUnit = 32;
    public const int IndicatorCategory = 32;

    public const int SpecialColumnTitle = 256;
    public const int SpecialColumnKind = 16;
    public const int ItemTitle = 512;
    public const int ItemTargetPhrase = 512;
    public const int ItemTargetUnit = 32;

    public const int ProjectName = 256;
    public const int ProjectNature = 16;
    public const int ProjectLocation = 128;
    public const int ProjectOwner = 256;
    public const int ProjectPeriod = 32;
    public const int ProjectFundingSource = 256;

    public const int SourceFileName = 260;
    public const int SourceLayout = 32;
    public const int SourceEncoding = 16;
    public const int SourceImportedBy = 128;

    /// <summary>A corrected row's label: its number and name (<see cref="IndicatorName"/>).</summary>
    public const int CorrectionRowLabel = 300;
    public const int CorrectionField = 32;
}
