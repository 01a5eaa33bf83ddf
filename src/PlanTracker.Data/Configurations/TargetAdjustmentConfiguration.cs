using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class TargetAdjustmentConfiguration : IEntityTypeConfiguration<TargetAdjustment>
{
    public void Configure(EntityTypeBuilder<TargetAdjustment> builder)
    {
        builder.ToTable("target_adjustments");
        builder.MapMeasure(a => a.Target, "target");
        builder.Property(a => a.DocumentNumber).HasMaxLength(TargetAdjustment.MaxDocumentNumberLength);
        builder.Property(a => a.Reason).HasMaxLength(TargetAdjustment.MaxReasonLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        // One adjustment per indicator and effective year; a later change is a later year.
        builder.HasIndex(a => new { a.IndicatorId, a.EffectiveYear }).IsUnique();
    }
}
