using Microsoft.EntityFrameworkCore;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Data.Configurations;

/// <summary>Maps a <see cref="Measure"/> to four columns: {prefix}_text, _value, _comparator, _cumulative.</summary>
internal static class MeasureMapping
{
    public static void MapMeasure<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, Measure?>> property, string prefix)
        where TEntity : class
    {
        builder.ComplexProperty(property, measure =>
        {
            measure.Property(m => m.Text).HasColumnName($"{prefix}_text").IsRequired();
            measure.Property(m => m.Value).HasColumnName($"{prefix}_value").HasColumnType("numeric");
            measure.Property(m => m.Comparator).HasColumnName($"{prefix}_comparator").HasConversion<short>();
            measure.Property(m => m.Cumulative).HasColumnName($"{prefix}_cumulative");
        });
    }
}
