using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class SpecialColumnConfiguration : IEntityTypeConfiguration<SpecialColumn>
{
    public void Configure(EntityTypeBuilder<SpecialColumn> builder)
    {
        builder.ToTable("special_columns");
        builder.Property(c => c.Title).HasMaxLength(PlanFieldLimits.SpecialColumnTitle);
        builder.Property(c => c.Kind).HasMaxLength(PlanFieldLimits.SpecialColumnKind);
        builder.HasIndex(c => new { c.PlanId, c.Number }).IsUnique();
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.SpecialColumnId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpecialColumnItemConfiguration : IEntityTypeConfiguration<SpecialColumnItem>
{
    public void Configure(EntityTypeBuilder<SpecialColumnItem> builder)
    {
        builder.ToTable("special_column_items");
        builder.Property(i => i.Title).HasMaxLength(PlanFieldLimits.ItemTitle);
        builder.HasIndex(i => new { i.SpecialColumnId, i.Number });
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.SpecialColumnItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItemTargetConfiguration : IEntityTypeConfiguration<ItemTarget>
{
    public void Configure(EntityTypeBuilder<ItemTarget> builder)
    {
        builder.ToTable("item_targets");
        builder.Property(t => t.Phrase).HasMaxLength(PlanFieldLimits.ItemTargetPhrase);
        builder.Property(t => t.Unit).HasMaxLength(PlanFieldLimits.ItemTargetUnit);
        builder.Property(t => t.Value).HasColumnType("numeric");
        builder.Property(t => t.Comparator).HasConversion<short>();
        builder.HasIndex(t => t.SpecialColumnItemId);
    }
}
