using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Security;
using PlanTracker.Web.Security.Passwords;
using PlanTracker.Web.Security.Sessions;
using PlanTracker.Web.Security.SignIn;

namespace PlanTracker.Web.Hosting;

public static class IdentityHosting
{
    /// <summary>A session lasts at most this long, however active it is.</summary>
    public static readonly TimeSpan AbsoluteSessionLifetime = TimeSpan.FromHours(12);

    /// <summary>A session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    private const string AbsoluteExpiryItem = "pt.absolute_expiry";

    public static IServiceCollection AddPlanTrackerIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddScoped<AccessGuard>();
        services.AddSingleton<UserStoreOperation>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        // Cookie for the pages, cookie or API token for /api (ApiAuthenticationHosting).
        var authentication = services.AddAuthentication(ApiAuthenticationHosting.PortalOrApiToken);
        authentication.AddIdentityCookies();
        authentication.AddApiTokens();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PlanTrackerDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<PortalPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<PortalSessions>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((options, clock) =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.TimeProvider = clock;
            // The refreshed principal keeps the cookie's server-side session.
            options.OnRefreshingPrincipal = context =>
            {
                if (PortalSessions.SessionIdOf(context.CurrentPrincipal) is { } sessionId && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(PortalSessions.SessionIdClaim, sessionId));
                }

                return Task.CompletedTask;
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<TimeProvider>((options, clock) =>
        {
            options.TimeProvider = clock;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.Cookie.Name = "PlanTracker.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Events.OnSigningIn = context =>
            {
                context.Properties.Items.TryAdd(AbsoluteExpiryItem, clock.GetUtcNow().Add(AbsoluteSessionLifetime).ToString("O"));
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                if (context.Properties.Items.TryGetValue(AbsoluteExpiryItem, out var expiry)
                    && DateTimeOffset.TryParse(expiry, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var absolute)
                    && clock.GetUtcNow() >= absolute)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                // The server-side session: revoked at sign-out (or the account disabled) means refused at once.
                var sessions = context.HttpContext.RequestServices.GetRequiredService<PortalSessions>();
                if (context.Principal is null || !await sessions.IsActiveAsync(context.Principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // The key ring in PostgreSQL (data_protection_keys): every instance reads the same cookies, a restart signs nobody
        // out. The package takes a PlanTrackerDbContext from a fresh scope for each read and write (AddPlanTrackerData's
        // AddDbContextFactory registers the scoped context).
        services.AddDataProtection().SetApplicationName("PlanTracker").PersistKeysToDbContext<PlanTrackerDbContext>();
        return services;
    }
}
