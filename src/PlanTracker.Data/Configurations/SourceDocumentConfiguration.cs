using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.ToTable("source_documents");
        builder.Property(d => d.FileName).HasMaxLength(260);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.Layout).HasMaxLength(32);
        builder.Property(d => d.Encoding).HasMaxLength(16);
        builder.Property(d => d.ImportedBy).HasMaxLength(128);
        builder.HasIndex(d => new { d.PlanId, d.Sha256 }).IsUnique();
    }
}
