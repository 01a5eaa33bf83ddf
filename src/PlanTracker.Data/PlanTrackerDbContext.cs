using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Configurations;
using PlanTracker.Data.Identity;
using PlanTracker.Data.Security;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Domain.Regions;

namespace PlanTracker.Data;

/// <summary>
/// The portal's one context: plans, reporting, Identity's tables and, as the <see cref="IDataProtectionKeyContext"/>
/// of Microsoft.AspNetCore.DataProtection.EntityFrameworkCore, the data-protection key ring (data_protection_keys).
/// </summary>
public class PlanTrackerDbContext(DbContextOptions<PlanTrackerDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<ImportCorrection> ImportCorrections => Set<ImportCorrection>();

    public DbSet<Chapter> Chapters => Set<Chapter>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<PreviousPeriodResult> PreviousPeriodResults => Set<PreviousPeriodResult>();

    public DbSet<SpecialColumn> SpecialColumns => Set<SpecialColumn>();

    public DbSet<SpecialColumnItem> SpecialColumnItems => Set<SpecialColumnItem>();

    public DbSet<ItemTarget> ItemTargets => Set<ItemTarget>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<PlanEvaluation> PlanEvaluations => Set<PlanEvaluation>();

    public DbSet<TargetAdjustment> TargetAdjustments => Set<TargetAdjustment>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<CityYearReport> CityYearReports => Set<CityYearReport>();

    public DbSet<IndicatorValueChange> IndicatorValueChanges => Set<IndicatorValueChange>();

    public DbSet<ReportComment> ReportComments => Set<ReportComment>();

    public DbSet<ReportRowComment> ReportRowComments => Set<ReportRowComment>();

    public DbSet<PlanTracker.Data.Notifications.NoticeRead> NoticeReads => Set<PlanTracker.Data.Notifications.NoticeRead>();

    public DbSet<ApprovedReportSnapshot> ApprovedReportSnapshots => Set<ApprovedReportSnapshot>();

    public DbSet<ReportingYear> ReportingYears => Set<ReportingYear>();

    public DbSet<ReportingYearClosure> ReportingYearClosures => Set<ReportingYearClosure>();

    public DbSet<EntryDraft> EntryDrafts => Set<EntryDraft>();

    public DbSet<ItemProgress> ItemProgress => Set<ItemProgress>();

    public DbSet<ItemTargetValue> ItemTargetValues => Set<ItemTargetValue>();

    public DbSet<CanonicalIndicator> CanonicalIndicators => Set<CanonicalIndicator>();

    public DbSet<IndicatorMapping> IndicatorMappings => Set<IndicatorMapping>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>The data-protection key ring (cookies, antiforgery tokens): shared by every portal instance, kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTableNames.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PlanTrackerDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }
}
