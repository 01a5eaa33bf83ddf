using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanTracker.Data.Configurations;

/// <summary>
/// The package's <see cref="DataProtectionKey"/> on the table migration 0002 created for the hand-written key store
/// that came before it (id identity, friendly_name varchar(256), xml text not null): the keys stored then are the key
/// ring now, so nobody is signed out by the upgrade. The package always writes the key's XML, hence required.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
        builder.Property(k => k.Xml).IsRequired();
    }
}
