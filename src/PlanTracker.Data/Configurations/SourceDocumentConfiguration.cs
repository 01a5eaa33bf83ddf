using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.ToTable("source_documents");
        builder.Property(d => d.FileName).HasMaxLength(PlanFieldLimits.SourceFileName);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.Layout).HasMaxLength(PlanFieldLimits.SourceLayout);
        builder.Property(d => d.Encoding).HasMaxLength(PlanFieldLimits.SourceEncoding);
        builder.Property(d => d.ImportedBy).HasMaxLength(PlanFieldLimits.SourceImportedBy);
        builder.Property(d => d.Origin).HasConversion<short>();
        builder.Property(d => d.PlanJson).HasColumnType("jsonb");
        builder.HasOne<SourceDocument>().WithMany().HasForeignKey(d => d.RestoredFromId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Corrections).WithOne().HasForeignKey(c => c.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.PlanId, d.Sha256 });
    }
}
