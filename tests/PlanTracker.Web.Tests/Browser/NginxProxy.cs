using System.Diagnostics;
using System.Net.Sockets;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Debian's nginx in front of portal instances, with the configuration the deployment guide ships
/// (docs/deploy/nginx-plantracker.conf): only its listen port and upstream addresses are replaced. Runs in the
/// foreground as a child process with its own prefix folder; stopped when disposed.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string ExecutableVariable = "PLANTRACKER_NGINX";

    private readonly Process _process;
    private readonly string _prefix;

    private NginxProxy(Process process, string prefix, int port) => (_process, _prefix, BaseUrl) = (process, prefix, $"http://127.0.0.1:{port}");

    public string BaseUrl { get; }

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<int> upstreamPorts)
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) ?? "/usr/sbin/nginx";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"nginx not found at {executable}: apt-get install nginx (or set {ExecutableVariable}).");
        }

        var port = FixedAddressPortal.FreeLoopbackPort();
        var prefix = Path.Combine(Path.GetTempPath(), $"plantracker-nginx-{Guid.NewGuid():N}"[..32]);
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "deploy", "nginx-plantracker.conf"));
        var servers = string.Join(Environment.NewLine, upstreamPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;"));
        var site = shipped
            .Replace("    server 127.0.0.1:5081 max_fails=1 fail_timeout=10s;\n    server 127.0.0.1:5082 max_fails=1 fail_timeout=10s;", servers, StringComparison.Ordinal)
            .Replace("listen 8088;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        if (site.Contains(":5081", StringComparison.Ordinal) || !site.Contains($":{port};", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("docs/deploy/nginx-plantracker.conf no longer has the upstream and listen lines this test replaces.");
        }

        await File.WriteAllTextAsync(Path.Combine(prefix, "plantracker.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                include {{prefix}}/plantracker.conf;
            }
            """);

        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var proxy = new NginxProxy(process, prefix, port);
        for (var attempt = 0; ; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return proxy;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }
}
