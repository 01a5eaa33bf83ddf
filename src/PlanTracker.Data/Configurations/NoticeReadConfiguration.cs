using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Data.Notifications;

namespace PlanTracker.Data.Configurations;

internal sealed class NoticeReadConfiguration : IEntityTypeConfiguration<NoticeRead>
{
    public void Configure(EntityTypeBuilder<NoticeRead> builder)
    {
        builder.ToTable("notice_reads");
        builder.HasKey(r => new { r.UserName, r.NoticeKey });
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.NoticeKey).HasMaxLength(160);
    }
}
