using System.Net;
using System.Net.Sockets;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>A portal host on a given database and loopback port: one start of a restartable portal, or one of several instances.</summary>
public sealed class FixedAddressPortal(string connectionString, int port) : PortalFactory
{
    protected override int Port => port;

    public override Task InitializeAsync()
    {
        ConnectionString = connectionString;
        Start();
        return Task.CompletedTask;
    }

    /// <summary>A port nothing listens on now (the system's choice).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
