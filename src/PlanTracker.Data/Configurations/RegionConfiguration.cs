using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Regions;

namespace PlanTracker.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.Property(r => r.Name).HasMaxLength(PlanFieldLimits.RegionName);
        builder.Property(r => r.FullName).HasMaxLength(PlanFieldLimits.RegionFullName);
        builder.Property(r => r.ShortName).HasMaxLength(PlanFieldLimits.RegionShortName);
        builder.Property(r => r.Province).HasMaxLength(PlanFieldLimits.RegionProvince);
        builder.Property(r => r.AdminCode).HasMaxLength(PlanFieldLimits.RegionAdminCode);
        builder.HasIndex(r => r.Name).IsUnique();
    }
}
