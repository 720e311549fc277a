using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary>
/// <c>sw.js</c>: the site's own service worker (<c>sw.js</c> beside this file, embedded), at a stable address so a
/// deploy replaces it, preceded by this build's settings: a version that names its caches, the site's base path, the
/// shell to keep offline (theme assets with content hashes in their names, app icons, each language's home, saved
/// and offline pages) and the size budget of the pages and photos a visitor opened. Registered by
/// <c>theme/assets/visitor.js</c>; the CSP needs no change (<c>worker-src</c> falls back to <c>script-src 'self'</c>).
/// </summary>
public static class ServiceWorker
{
    /// <summary>The pages and photos a visitor opened are kept up to this many bytes, the oldest dropped first.</summary>
    public const long VisitedBudgetBytes = 20L * 1024 * 1024;

    private static readonly string Script = ReadScript();

    /// <param name="themeFingerprint">The theme's content (layouts, strings, assets): a changed theme is a new worker.</param>
    public static OutputFile Write(SiteModel site, ThemeAssets assets, string themeFingerprint)
    {
        var basePath = site.Urls.BasePath;
        string Published(string rootedUrl) => basePath + rootedUrl.TrimStart('/');
        var shell = assets.Urls
            .Concat(AppIcons.Sizes.Select(size => "/" + AppIcons.IconPath(size)))
            .Append("/manifest.webmanifest")
            .Concat(site.Languages.SelectMany(l => new[] { SiteUrls.Home(l), SiteUrls.Offline(l), SiteUrls.Saved(l) }))
            .Select(Published)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var settings = new WorkerSettings(
            Version: Fingerprint.Of(Fingerprint.Generator, site.Urls.BaseUrl.AbsoluteUri, themeFingerprint, string.Join('\n', shell))[..12],
            BasePath: basePath,
            Shell: shell,
            // Longest prefix first: the offline page of the language whose address the visitor asked for.
            Offline: [.. site.Languages
                .OrderByDescending(l => l.PathPrefix.Length)
                .Select(l => new OfflinePage(Published(l.PathPrefix + "/"), Published(SiteUrls.Offline(l))))],
            Budget: VisitedBudgetBytes);
        var json = JsonSerializer.Serialize(settings, WorkerSettingsJson.Script.WorkerSettings);
        return OutputFile.FromBytes(SiteUrls.ServiceWorker.TrimStart('/'), Encoding.UTF8.GetBytes($"\"use strict\";\nconst SETTINGS = {json};\n{Script}"));
    }

    private static string ReadScript()
    {
        using var stream = typeof(ServiceWorker).Assembly.GetManifestResourceStream("sw.js")
            ?? throw new InvalidOperationException("Missing embedded resource sw.js");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>The worker's <c>SETTINGS</c>, read by <c>sw.js</c> under these (camel-case) names.</summary>
internal sealed record WorkerSettings(string Version, string BasePath, IReadOnlyList<string> Shell, IReadOnlyList<OfflinePage> Offline, long Budget);

internal sealed record OfflinePage(string Prefix, string Page);

/// <summary>The settings' compile-time metadata.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkerSettings))]
internal sealed partial class WorkerSettingsJson : JsonSerializerContext
{
    /// <summary>With addresses written as they are (no \u escapes in the script).</summary>
    public static WorkerSettingsJson Script { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
