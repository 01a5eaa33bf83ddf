using Serilog;
using Serilog.Extensions.Logging;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// The logger for what happens before the host and its Serilog pipeline are built: connecting to the database or
/// starting the private PostgreSQL cluster. Until <see cref="HandOver"/> it writes to the console at the levels of
/// the "Serilog" section (not to its sinks: a file sink opened twice would fail); afterwards to the host's pipeline,
/// where the cluster, which keeps this logger, also reports stopping.
/// </summary>
public sealed class StartupLog : Microsoft.Extensions.Logging.ILogger
{
    public const string Category = "PlanTracker.Database";

    private readonly Serilog.Core.Logger _console;
    private volatile Microsoft.Extensions.Logging.ILogger _target;

    public StartupLog(IConfiguration configuration)
    {
        var levels = new ConfigurationBuilder()
            .AddInMemoryCollection(configuration.GetSection("Serilog:MinimumLevel").AsEnumerable())
            .Build();
        _console = new LoggerConfiguration()
            .ReadFrom.Configuration(levels)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        _target = new SerilogLoggerProvider(_console).CreateLogger(Category);
    }

    /// <summary>From now on, the host's pipeline.</summary>
    public void HandOver(IServiceProvider services)
    {
        _target = services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        _console.Dispose();
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _target.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _target.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _target.Log(logLevel, eventId, state, exception, formatter);
}
