using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The validators come from FluentValidation's assembly scan (AddValidatorsFromAssembly in AddPlanTrackerFeatures and
/// AddPlanTrackerData), each once and as a singleton that can be resolved from the root provider with scope validation
/// on: a validator that took a scoped service (a DbContext, say) would fail here, not in a user's request.
/// </summary>
public class ValidatorRegistrationTests
{
    private static readonly string[] ExpectedValidators =
    [
        "AssignRoleRequestValidator", "ChangePasswordRequestValidator", "CreateCanonicalRequestValidator", "CreateUserRequestValidator",
        "IssueApiTokenRequestValidator", "ItemTargetValueRules", "MoveReportRequestValidator", "ParsedPlanValidator", "ProgressRowInputValidator", "ProjectProgressRules",
        "RecordTargetAdjustmentRequestValidator", "ResetPasswordRequestValidator", "SaveFinalNarrativeRequestValidator", "SaveItemProgressRequestValidator",
        "SaveProgressRequestValidator", "SaveYearRequestValidator", "SetDeadlineRequestValidator", "SignInRequestValidator",
    ];

    [Fact]
    public void Every_validator_of_the_portal_and_the_data_layer_is_registered_once_as_a_singleton()
    {
        var services = new ServiceCollection().AddLogging().AddPlanTrackerData("Host=localhost").AddPlanTrackerFeatures();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var scanned = AssemblyScanner.FindValidatorsInAssembly(typeof(FeatureRegistration).Assembly)
            .Concat(AssemblyScanner.FindValidatorsInAssembly(typeof(ParsedPlanValidator).Assembly))
            .ToList();

        Assert.Equal(ExpectedValidators, scanned.Select(s => s.ValidatorType.Name).Order(StringComparer.Ordinal));
        foreach (var validator in scanned)
        {
            var registration = Assert.Single(services, d => d.ServiceType == validator.InterfaceType);
            Assert.Equal((validator.ValidatorType, ServiceLifetime.Singleton), (registration.ImplementationType, registration.Lifetime));
            Assert.IsType(validator.ValidatorType, provider.GetRequiredService(validator.InterfaceType));
        }

        Assert.Same(provider.GetRequiredService<IValidator<SignInRequest>>(), provider.GetRequiredService<IValidator<SignInRequest>>());
    }
}
