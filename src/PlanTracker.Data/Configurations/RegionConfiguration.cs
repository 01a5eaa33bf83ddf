using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Regions;

namespace PlanTracker.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.FullName).HasMaxLength(128);
        builder.Property(r => r.ShortName).HasMaxLength(32);
        builder.Property(r => r.Province).HasMaxLength(32);
        builder.Property(r => r.AdminCode).HasMaxLength(12);
        builder.HasIndex(r => r.Name).IsUnique();
    }
}
