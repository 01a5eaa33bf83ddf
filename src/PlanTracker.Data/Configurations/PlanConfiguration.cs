using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.Ignore(p => p.Period);
        builder.Property(p => p.Title).HasMaxLength(PlanFieldLimits.PlanTitle);
        builder.Property(p => p.DocumentNumber).HasMaxLength(PlanFieldLimits.DocumentNumber);
        builder.Property(p => p.Issuer).HasMaxLength(PlanFieldLimits.Issuer);
        builder.HasOne(p => p.Region).WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        // A plan is identified by its region and period: re-imports update it in place.
        builder.HasIndex(p => new { p.RegionId, p.PeriodStart }).IsUnique();
        builder.HasMany(p => p.SourceDocuments).WithOne().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Chapters).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Indicators).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.PreviousPeriodResults).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SpecialColumns).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Projects).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
