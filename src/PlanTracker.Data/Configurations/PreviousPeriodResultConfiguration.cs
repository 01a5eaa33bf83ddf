using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class PreviousPeriodResultConfiguration : IEntityTypeConfiguration<PreviousPeriodResult>
{
    public void Configure(EntityTypeBuilder<PreviousPeriodResult> builder)
    {
        builder.ToTable("previous_period_results");
        builder.Property(r => r.Name).HasMaxLength(PlanFieldLimits.IndicatorName);
        builder.Property(r => r.Unit).HasMaxLength(PlanFieldLimits.IndicatorUnit);
        builder.MapMeasure(r => r.PreviousBase, "previous_base");
        builder.MapMeasure(r => r.Planned, "planned");
        builder.MapMeasure(r => r.Actual, "actual");
        builder.Property(r => r.Attribute).HasConversion<short?>();
        builder.HasIndex(r => new { r.PlanId, r.Ordinal });
    }
}
