using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Configurations;

internal sealed class ApprovedReportSnapshotConfiguration : IEntityTypeConfiguration<ApprovedReportSnapshot>
{
    public void Configure(EntityTypeBuilder<ApprovedReportSnapshot> builder)
    {
        builder.ToTable("approved_report_snapshots");
        builder.Property(s => s.ApprovedBy).HasMaxLength(256);
        builder.Property(s => s.Content).HasColumnType("jsonb");
        // The conventional name (fk_approved_report_snapshots_city_year_reports_city_year_report_id) is past PostgreSQL's 63 characters.
        builder.HasOne<CityYearReport>().WithMany().HasForeignKey(s => s.CityYearReportId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_approved_report_snapshots_city_year_report_id");
        builder.HasIndex(s => new { s.CityYearReportId, s.ApprovedAt });
    }
}
