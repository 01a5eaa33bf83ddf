using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class PlanEvaluationConfiguration : IEntityTypeConfiguration<PlanEvaluation>
{
    public void Configure(EntityTypeBuilder<PlanEvaluation> builder)
    {
        builder.ToTable("plan_evaluations");
        builder.HasKey(e => e.PlanId);
        builder.Property(e => e.PlanId).ValueGeneratedNever();
        builder.Property(e => e.Achievements).HasMaxLength(PlanEvaluation.MaxSectionLength);
        builder.Property(e => e.Problems).HasMaxLength(PlanEvaluation.MaxSectionLength);
        builder.Property(e => e.NextSteps).HasMaxLength(PlanEvaluation.MaxSectionLength);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasOne<Plan>().WithOne().HasForeignKey<PlanEvaluation>(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
