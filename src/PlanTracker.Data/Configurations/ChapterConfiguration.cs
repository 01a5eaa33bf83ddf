using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> builder)
    {
        builder.ToTable("chapters");
        builder.Property(c => c.Title).HasMaxLength(PlanFieldLimits.ChapterTitle);
        builder.HasIndex(c => new { c.PlanId, c.Number }).IsUnique();
        builder.HasMany(c => c.Sections).WithOne().HasForeignKey(s => s.ChapterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.ToTable("sections");
        builder.Property(s => s.Title).HasMaxLength(PlanFieldLimits.SectionTitle);
        builder.HasIndex(s => new { s.ChapterId, s.Number }).IsUnique();
    }
}
