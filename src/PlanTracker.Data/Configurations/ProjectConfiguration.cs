using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.Name).HasMaxLength(PlanFieldLimits.ProjectName);
        builder.Property(p => p.Nature).HasMaxLength(PlanFieldLimits.ProjectNature);
        builder.Property(p => p.Location).HasMaxLength(PlanFieldLimits.ProjectLocation);
        builder.Property(p => p.Owner).HasMaxLength(PlanFieldLimits.ProjectOwner);
        builder.Property(p => p.Period).HasMaxLength(PlanFieldLimits.ProjectPeriod);
        builder.Property(p => p.TotalInvestment).HasColumnType("numeric");
        builder.Property(p => p.PeriodInvestment).HasColumnType("numeric");
        builder.Property(p => p.FundingSource).HasMaxLength(PlanFieldLimits.ProjectFundingSource);
        builder.HasIndex(p => new { p.PlanId, p.Ordinal });
    }
}
