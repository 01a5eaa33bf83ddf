using Microsoft.EntityFrameworkCore;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Regions;

namespace PlanTracker.Data;

public class PlanTrackerDbContext(DbContextOptions<PlanTrackerDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<Chapter> Chapters => Set<Chapter>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<PreviousPeriodResult> PreviousPeriodResults => Set<PreviousPeriodResult>();

    public DbSet<SpecialColumn> SpecialColumns => Set<SpecialColumn>();

    public DbSet<SpecialColumnItem> SpecialColumnItems => Set<SpecialColumnItem>();

    public DbSet<ItemTarget> ItemTargets => Set<ItemTarget>();

    public DbSet<Project> Projects => Set<Project>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlanTrackerDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
