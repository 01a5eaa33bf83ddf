using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class ImportCorrectionConfiguration : IEntityTypeConfiguration<ImportCorrection>
{
    public void Configure(EntityTypeBuilder<ImportCorrection> builder)
    {
        builder.ToTable("import_corrections");
        builder.Property(c => c.RowLabel).HasMaxLength(PlanFieldLimits.CorrectionRowLabel);
        builder.Property(c => c.Field).HasMaxLength(PlanFieldLimits.CorrectionField);
    }
}
