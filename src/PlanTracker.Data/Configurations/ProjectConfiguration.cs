using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.Name).HasMaxLength(256);
        builder.Property(p => p.Nature).HasMaxLength(16);
        builder.Property(p => p.Location).HasMaxLength(128);
        builder.Property(p => p.Owner).HasMaxLength(256);
        builder.Property(p => p.Period).HasMaxLength(32);
        builder.Property(p => p.TotalInvestment).HasColumnType("numeric");
        builder.Property(p => p.PeriodInvestment).HasColumnType("numeric");
        builder.Property(p => p.FundingSource).HasMaxLength(256);
        builder.HasIndex(p => new { p.PlanId, p.Ordinal });
    }
}
