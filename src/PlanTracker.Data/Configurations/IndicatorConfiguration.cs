using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.Property(i => i.Category).HasMaxLength(PlanFieldLimits.IndicatorCategory);
        builder.Property(i => i.Name).HasMaxLength(PlanFieldLimits.IndicatorName);
        builder.Property(i => i.Unit).HasMaxLength(PlanFieldLimits.IndicatorUnit);
        builder.MapMeasure(i => i.Baseline, "baseline");
        builder.MapMeasure(i => i.Target, "target");
        builder.Property(i => i.Attribute).HasConversion<short?>();
        builder.Property(i => i.ExtraColumns).HasColumnType("jsonb");
        builder.Ignore(i => i.IsBinding);
        builder.HasOne(i => i.Parent).WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Adjustments).WithOne().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.PlanId, i.Ordinal });
    }
}
