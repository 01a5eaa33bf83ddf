using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Configurations;

internal sealed class ItemProgressConfiguration : IEntityTypeConfiguration<ItemProgress>
{
    public void Configure(EntityTypeBuilder<ItemProgress> builder)
    {
        builder.ToTable("item_progress", t => t.HasCheckConstraint("ck_item_progress_one_subject", "num_nonnulls(special_column_item_id, project_id) = 1"));
        builder.Property(p => p.PercentComplete).HasColumnType("numeric");
        builder.Property(p => p.CompletedInvestment).HasColumnType("numeric");
        builder.Property(p => p.Status).HasConversion<short>();
        builder.Property(p => p.Note).HasMaxLength(2000);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        // Progress stays attached to its item or project; a re-import that removes one (after confirmation) removes its progress.
        builder.HasOne<SpecialColumnItem>().WithMany().HasForeignKey(p => p.SpecialColumnItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SpecialColumnItemId, p.Year }).IsUnique();
        builder.HasIndex(p => new { p.ProjectId, p.Year }).IsUnique();
    }
}

internal sealed class ItemTargetValueConfiguration : IEntityTypeConfiguration<ItemTargetValue>
{
    public void Configure(EntityTypeBuilder<ItemTargetValue> builder)
    {
        builder.ToTable("item_target_values");
        builder.Property(v => v.Value).HasColumnType("numeric");
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        builder.HasOne<ItemTarget>().WithMany().HasForeignKey(v => v.ItemTargetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.ItemTargetId, v.Year }).IsUnique();
    }
}
