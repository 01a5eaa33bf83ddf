using System.Collections.Concurrent;
using System.Diagnostics;

namespace PlanTracker.Web.Tests.Outage;

/// <summary>
/// The portal as an operating-system process of its own (PlanTracker.Web.dll, as deployed), on a given database and
/// loopback port, so that a test can kill it with SIGKILL: no shutdown, no finally blocks, no flushed connections.
/// Development, for the demo accounts; no demo values and no autosave during a test, so the database holds only what
/// the test did.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(string connectionString, int port)
    {
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanTracker.Web.dll"));
        start.ArgumentList.Add($"--urls={BaseUrl}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__PlanTracker"] = connectionString;
        start.Environment["DemoData__SeedOnFirstStart"] = "false";
        start.Environment["Progress__AutosaveSeconds"] = "86400";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Received(line.Data);
        _process.ErrorDataReceived += (_, line) => Received(line.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The portal exited with {_process.ExitCode} before it listened:\n{Output}"));
        _process.EnableRaisingEvents = true;
    }

    public string BaseUrl { get; }

    public Uri BaseUri => new(BaseUrl + "/");

    /// <summary>What the process wrote so far (stdout and stderr), for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    public int Id => _process.Id;

    /// <summary>Starts the process; <see cref="ListeningAsync"/> tells when it serves pages.</summary>
    public static PortalProcess Start(string connectionString, int port)
    {
        var portal = new PortalProcess(connectionString, port);
        portal._process.Start();
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();
        return portal;
    }

    /// <summary>Completes when the host says it is listening (after migrations and the seed import), fails if it exits first.</summary>
    public Task ListeningAsync() => _listening.Task.WaitAsync(TimeSpan.FromMinutes(3));

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL, and waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (line.Contains("Now listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
