using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PlanTracker.Web.Hosting;

/// <summary>
/// Serves Blazor's script at /_framework/blazor.web.js, read out of the 9.0 runtime assembly embedded at
/// build time (build/BlazorScript.targets; docs/blazor-script.md explains why).
/// </summary>
public static class BlazorScriptEndpoint
{
    public const string Path = "/_framework/blazor.web.js";
    private const string SourceResourceName = "PlanTracker.Web.BlazorScriptSource.dll";
    private const string ScriptResourceSuffix = "blazor.web.js";

    private static readonly Lazy<(byte[] Content, string ETag)> Script = new(Load);

    public static IEndpointConventionBuilder MapBlazorScript(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            var (content, etag) = Script.Value;
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(content, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription();

    private static (byte[] Content, string ETag) Load()
    {
        using var source = typeof(BlazorScriptEndpoint).Assembly.GetManifestResourceStream(SourceResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {SourceResourceName} is missing: see build/BlazorScript.targets.");
        var content = ReadManifestResource(source, ScriptResourceSuffix);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"").ToString();
        return (content, etag);
    }

    /// <summary>Reads a manifest resource out of an assembly image without loading the assembly.</summary>
    public static byte[] ReadManifestResource(Stream assemblyImage, string nameSuffix)
    {
        using var pe = new PEReader(assemblyImage, PEStreamOptions.PrefetchEntireImage);
        var metadata = pe.GetMetadataReader();
        var resources = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.GetString(resource.Name).EndsWith(nameSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var reader = resources.GetReader((int)resource.Offset, resources.Length - (int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }

        throw new InvalidOperationException($"No manifest resource ending in '{nameSuffix}' in the embedded assembly.");
    }
}
