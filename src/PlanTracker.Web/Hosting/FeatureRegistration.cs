using FluentValidation;
using PlanTracker.Data.Auditing;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Exports;
using PlanTracker.Web.Features.Admin;
using PlanTracker.Web.Features.Import;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.ReportingYears;
using PlanTracker.Web.Features.Reports;
using PlanTracker.Web.Features.SystemStatus;

namespace PlanTracker.Web.Hosting;

public static class FeatureRegistration
{
    /// <summary>Each feature's services: components call them directly.</summary>
    public static IServiceCollection AddPlanTrackerFeatures(this IServiceCollection services)
    {
        services.AddScoped<AccountSeeder>();
        services.AddScoped<AccountService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<ApiTokenAdminService>();
        services.AddSingleton<IValidator<IssueApiTokenRequest>, IssueApiTokenRequestValidator>();
        services.AddScoped<AuditService>();
        services.AddScoped<CatalogueAdminService>();
        services.AddSingleton<IValidator<CreateCanonicalRequest>, CreateCanonicalRequestValidator>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IValidator<CreateUserRequest>, CreateUserRequestValidator>();
        services.AddSingleton<IValidator<AssignRoleRequest>, AssignRoleRequestValidator>();
        services.AddSingleton<IValidator<ResetPasswordRequest>, ResetPasswordRequestValidator>();
        services.AddSingleton<IValidator<SignInRequest>, SignInRequestValidator>();
        services.AddSingleton<IValidator<ChangePasswordRequest>, ChangePasswordRequestValidator>();
        services.AddScoped<SystemStatusService>();
        services.AddScoped<PlanService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<MonitoringReportService>();
        services.AddScoped<ProgressEntryService>();
        services.AddScoped<ProgressWorkbookService>();
        services.AddScoped<ReportReviewService>();
        services.AddScoped<ValueHistoryService>();
        services.AddScoped<ReportingYearService>();
        services.AddScoped<ReportTaskService>();
        services.AddSingleton<IValidator<SetDeadlineRequest>, SetDeadlineRequestValidator>();
        services.AddScoped<EntryDraftService>();
        services.AddSingleton<IValidator<SaveProgressRequest>, SaveProgressRequestValidator>();
        services.AddScoped<ItemProgressService>();
        services.AddSingleton<IValidator<SaveItemProgressRequest>, SaveItemProgressRequestValidator>();
        services.AddScoped<ComparisonService>();
        services.AddScoped<ImportService>();
        services.AddScoped<PlanExportService>();
        services.AddScoped<ComparisonExportService>();
        return services;
    }
}
