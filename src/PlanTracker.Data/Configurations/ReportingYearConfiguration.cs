using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Regions;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Configurations;

internal sealed class ReportingYearConfiguration : IEntityTypeConfiguration<ReportingYear>
{
    public void Configure(EntityTypeBuilder<ReportingYear> builder)
    {
        builder.ToTable("reporting_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.ClosedBy).HasMaxLength(256);
        builder.Property(y => y.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(y => y.IsClosed);
    }
}

internal sealed class EntryDraftConfiguration : IEntityTypeConfiguration<EntryDraft>
{
    public void Configure(EntityTypeBuilder<EntryDraft> builder)
    {
        builder.ToTable("entry_drafts");
        builder.Property(d => d.UserName).HasMaxLength(256);
        builder.Property(d => d.Content).HasColumnType("jsonb");
        builder.HasOne<Region>().WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.RegionId, d.Year, d.UserName }).IsUnique();
    }
}

internal sealed class ReportingYearClosureConfiguration : IEntityTypeConfiguration<ReportingYearClosure>
{
    public void Configure(EntityTypeBuilder<ReportingYearClosure> builder)
    {
        builder.ToTable("reporting_year_closures");
        builder.HasKey(c => new { c.Year, c.RegionId });
        builder.Property(c => c.ClosedBy).HasMaxLength(256);
        builder.HasOne<ReportingYear>().WithMany().HasForeignKey(c => c.Year).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
