using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Regions;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Configurations;

internal sealed class CityYearReportConfiguration : IEntityTypeConfiguration<CityYearReport>
{
    public void Configure(EntityTypeBuilder<CityYearReport> builder)
    {
        builder.ToTable("city_year_reports");
        builder.Property(r => r.Status).HasConversion<short>();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        // PostgreSQL's system column xmin: changes with every update of the row, never stored by us.
        builder.Property(r => r.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.RegionId, r.Year }).IsUnique();
    }
}

internal sealed class IndicatorValueChangeConfiguration : IEntityTypeConfiguration<IndicatorValueChange>
{
    public void Configure(EntityTypeBuilder<IndicatorValueChange> builder)
    {
        builder.ToTable("indicator_value_changes");
        builder.Property(c => c.OldValue).HasColumnType("numeric");
        builder.Property(c => c.NewValue).HasColumnType("numeric");
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.ChangedFields).HasConversion<short?>();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.IndicatorId, c.Year });
    }
}

internal sealed class ReportCommentConfiguration : IEntityTypeConfiguration<ReportComment>
{
    public void Configure(EntityTypeBuilder<ReportComment> builder)
    {
        builder.ToTable("report_comments");
        builder.Property(c => c.Action).HasMaxLength(16);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Property(c => c.Author).HasMaxLength(256);
        builder.HasOne<CityYearReport>().WithMany().HasForeignKey(c => c.CityYearReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CityYearReportId);
        builder.HasMany(c => c.RowComments).WithOne().HasForeignKey(r => r.ReportCommentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportRowCommentConfiguration : IEntityTypeConfiguration<ReportRowComment>
{
    public void Configure(EntityTypeBuilder<ReportRowComment> builder)
    {
        builder.ToTable("report_row_comments", t =>
        {
            t.HasCheckConstraint("ck_report_row_comments_text", "length(btrim(text)) > 0");
            t.HasCheckConstraint("ck_report_row_comments_one_row", "num_nonnulls(indicator_id, special_column_item_id, project_id) = 1");
        });
        builder.Property(r => r.Text).HasMaxLength(2000);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SpecialColumnItem>().WithMany().HasForeignKey(r => r.SpecialColumnItemId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_report_row_comments_special_column_items"); // the generated name passes PostgreSQL's 63 characters
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ReportCommentId, r.IndicatorId }).IsUnique();
        builder.HasIndex(r => new { r.ReportCommentId, r.SpecialColumnItemId }).IsUnique();
        builder.HasIndex(r => new { r.ReportCommentId, r.ProjectId }).IsUnique();
    }
}
