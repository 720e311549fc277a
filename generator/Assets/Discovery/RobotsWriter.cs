using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary><c>robots.txt</c>: crawl everything public and find it through the sitemap. Staff pages carry <c>noindex</c> instead of a Disallow, which would hide that tag.</summary>
public static class RobotsWriter
{
    public static OutputFile Write(SiteUrls urls)
        => OutputFile.FromText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n");
}
