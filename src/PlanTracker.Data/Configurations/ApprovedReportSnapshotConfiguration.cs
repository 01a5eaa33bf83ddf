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
        builder.HasOne<CityYearReport>().WithMany().HasForeignKey(s => s.CityYearReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CityYearReportId, s.ApprovedAt });
    }
}
