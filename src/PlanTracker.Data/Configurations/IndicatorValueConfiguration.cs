using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Configurations;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values");
        builder.Property(v => v.Value).HasColumnType("numeric");
        builder.Property(v => v.Source).HasMaxLength(256);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        builder.Property(v => v.PreliminaryValue).HasColumnType("numeric");
        builder.Property(v => v.Cause).HasMaxLength(2000);
        builder.Property(v => v.CorrectiveMeasures).HasMaxLength(2000);
        // Reported values stay attached to their indicator; re-imports update indicators in place.
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.IndicatorId, v.Year }).IsUnique();
        builder.HasIndex(v => v.IsDemo);
    }
}
