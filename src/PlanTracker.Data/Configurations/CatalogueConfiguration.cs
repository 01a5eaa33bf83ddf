using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class CanonicalIndicatorConfiguration : IEntityTypeConfiguration<CanonicalIndicator>
{
    public void Configure(EntityTypeBuilder<CanonicalIndicator> builder)
    {
        builder.ToTable("canonical_indicators");
        builder.Property(c => c.Name).HasMaxLength(256);
        builder.Property(c => c.Unit).HasMaxLength(32);
        builder.Property(c => c.Category).HasMaxLength(32);
        builder.Property(c => c.Polarity).HasConversion<short?>();
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class IndicatorMappingConfiguration : IEntityTypeConfiguration<IndicatorMapping>
{
    public void Configure(EntityTypeBuilder<IndicatorMapping> builder)
    {
        builder.ToTable("indicator_mappings");
        builder.Property(m => m.UnitFactor).HasColumnType("numeric");
        builder.Property(m => m.MappedBy).HasMaxLength(256);
        builder.HasOne<Indicator>().WithOne(i => i.Mapping).HasForeignKey<IndicatorMapping>(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.CanonicalIndicator).WithMany().HasForeignKey(m => m.CanonicalIndicatorId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_indicator_mappings_canonical_indicator");
        // A plan row maps to at most one catalogue indicator.
        builder.HasIndex(m => m.IndicatorId).IsUnique();
        builder.HasIndex(m => m.CanonicalIndicatorId);
    }
}
