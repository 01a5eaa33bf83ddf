using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.TestSupport;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Security.SignIn;
using PlanTracker.Web.Tests.Browser;
using Serilog.Core;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The real portal on Kestrel (a loopback port), backed by a fresh database on the test run's PostgreSQL,
/// so that both HttpClient tests and Chromium can reach it. Development environment: the seed plans and the
/// demo accounts are there.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string BaseUrl { get; private set; } = string.Empty;

    public string ConnectionString { get; protected set; } = string.Empty;

    private readonly int _failuresBefore = FailureCapture.Failures;

    public CapturingLogSink Logs { get; } = new();

    public AdjustableClock Clock { get; } = new();

    /// <summary>
    /// The whole suite signs in from 127.0.0.1, often as the same demo account: the sign-in rate limits are lifted
    /// unless a portal keeps the production ones (<see cref="SignInLimitTests"/>).
    /// </summary>
    protected virtual bool KeepSignInLimits => false;

    /// <summary>
    /// Whether the portal starts on a copy of <see cref="SeededDatabase"/> (a later start) rather than on an empty
    /// database (its first start: the seed import runs in front of the test).
    /// </summary>
    protected virtual bool StartsOnSeededCopy => true;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = StartsOnSeededCopy ? await SeededDatabase.CopyAsync("portal") : await TestPostgres.CreateDatabaseAsync("portal");
        Start();
    }

    /// <summary>The loopback port Kestrel listens on; 0: any free one.</summary>
    protected virtual int Port => 0;

    /// <summary>Starts the host on <see cref="ConnectionString"/> (read by Program before the host is built, as in production).</summary>
    /// <remarks>
    /// The connection string travels in the process's environment, so two starts at once would read each other's:
    /// starts take turns.
    /// </remarks>
    protected void Start()
    {
        lock (Starting)
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__PlanTracker", ConnectionString);
            UseKestrel(Port);
            StartServer();
        }

        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    private static readonly Lock Starting = new();

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = ClientOptions.BaseAddress,
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // The entry page keeps typed input as a draft after a pause: one second here, so that a test waits for the
        // draft's state (entry-autosaved), not for ten seconds of production pause.
        builder.UseSetting("Progress:AutosaveSeconds", "1");
        builder.ConfigureTestServices(services =>
        {
            // The portal's Serilog pipeline reads sinks from its services.
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton(new AdditionalPageAssembly(typeof(PortalFactory).Assembly));
            services.AddSingleton<TimeProvider>(Clock);
            if (!KeepSignInLimits)
            {
                services.Configure<SignInLimitOptions>(limits =>
                    (limits.PerAccountPermits, limits.PerAddressPermits, limits.PasswordChangePerAccountPermits, limits.PasswordChangePerAddressPermits) = (1_000_000, 1_000_000, 1_000_000, 1_000_000));
            }
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // A failed test's server side: the portal's warnings and errors beside the browser captures.
        if (FailureCapture.Failures > _failuresBefore)
        {
            await FailureCapture.WritePortalLogAsync(Logs, GetType().Name);
        }

        await DisposeAsync();
    }
}

/// <summary>A portal of its own (own database, own clock) for tests that move time or change accounts.</summary>
public sealed class IsolatedPortalFactory : PortalFactory;

[CollectionDefinition(Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "xUnit's collection definitions are named so.")]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
