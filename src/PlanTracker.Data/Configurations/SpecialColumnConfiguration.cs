using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class SpecialColumnConfiguration : IEntityTypeConfiguration<SpecialColumn>
{
    public void Configure(EntityTypeBuilder<SpecialColumn> builder)
    {
        builder.ToTable("special_columns");
        builder.Property(c => c.Title).HasMaxLength(256);
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.HasIndex(c => new { c.PlanId, c.Number }).IsUnique();
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.SpecialColumnId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpecialColumnItemConfiguration : IEntityTypeConfiguration<SpecialColumnItem>
{
    public void Configure(EntityTypeBuilder<SpecialColumnItem> builder)
    {
        builder.ToTable("special_column_items");
        builder.Property(i => i.Title).HasMaxLength(512);
        builder.HasIndex(i => new { i.SpecialColumnId, i.Number });
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.SpecialColumnItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItemTargetConfiguration : IEntityTypeConfiguration<ItemTarget>
{
    public void Configure(EntityTypeBuilder<ItemTarget> builder)
    {
        builder.ToTable("item_targets");
        builder.Property(t => t.Phrase).HasMaxLength(512);
        builder.Property(t => t.Unit).HasMaxLength(32);
        builder.Property(t => t.Value).HasColumnType("numeric");
        builder.Property(t => t.Comparator).HasConversion<short>();
        builder.HasIndex(t => t.SpecialColumnItemId);
    }
}
