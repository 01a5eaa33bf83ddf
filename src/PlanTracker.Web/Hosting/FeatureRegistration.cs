using FluentValidation;
using PlanTracker.Data.Auditing;
using PlanTracker.Web.Components.Shared;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Features.Admin;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Exports;
using PlanTracker.Web.Features.Import;
using PlanTracker.Web.Features.Notifications;
using PlanTracker.Web.Features.Overview;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;
using PlanTracker.Web.Features.Progress.Workbook;
using PlanTracker.Web.Features.ReportingYears;
using PlanTracker.Web.Features.Reports;
using PlanTracker.Web.Features.SystemStatus;
using PlanTracker.Web.Features.TargetAdjustments;

namespace PlanTracker.Web.Hosting;

public static class FeatureRegistration
{
    /// <summary>Each feature's services: components call them directly.</summary>
    public static IServiceCollection AddPlanTrackerFeatures(this IServiceCollection services)
    {
        // Every public AbstractValidator<T> of the portal, as IValidator<T>. Singletons: a validator builds its rule
        // tree once and holds no state; none takes a service (a scoped one would fail the Development start's scope
        // validation, and ValidatorRegistrationTests resolves each from the root provider).
        services.AddValidatorsFromAssembly(typeof(FeatureRegistration).Assembly, ServiceLifetime.Singleton);
        services.AddScoped<AccountSeeder>();
        services.AddScoped<AccountService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<ApiTokenAdminService>();
        services.AddScoped<AuditService>();
        services.AddScoped<CatalogueAdminService>();
        services.AddSingleton<AuditLog>();
        services.AddScoped<SystemStatusService>();
        services.AddSingleton<DemoDataNotice>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanVersionService>();
        services.AddScoped<ReadableCities>();
        services.AddScoped<DashboardService>();
        services.AddScoped<IndicatorDetailService>();
        services.AddScoped<PlanYearService>();
        services.AddScoped<SuccessionService>();
        services.AddScoped<MonitoringReportService>();
        services.AddScoped<FinalEvaluationService>();
        services.AddScoped<LongRunService>();
        services.AddScoped<TargetAdjustmentService>();
        services.AddSingleton<CityYearWriter>();
        services.AddScoped<ProgressEntryService>();
        services.AddScoped<ProgressWorkbookService>();
        services.AddScoped<ReportReviewService>();
        services.AddScoped<ValueHistoryService>();
        services.AddScoped<ReportingYearService>();
        services.AddScoped<ReportTaskService>();
        services.AddScoped<EntryDraftService>();
        services.AddTransient<EntryPageFlow>();
        services.AddScoped<ItemProgressService>();
        services.AddScoped<ComparisonService>();
        services.AddScoped<OverviewService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<ImportService>();
        services.AddScoped<PlanExportService>();
        services.AddScoped<ComparisonExportService>();
        return services;
    }
}
