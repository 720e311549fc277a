using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OcopShowcase.Rendering;

/// <summary>
/// Markdig's link renderer, except that an image of a processed photo (<c>![alt](anh.jpg)</c>) is written as the
/// responsive &lt;picture&gt; of <see cref="SiteLinks.Picture"/>. Every other link and image is left to Markdig.
/// </summary>
public sealed class PictureRenderer(LinkInlineRenderer markdig, SiteLinks links) : HtmlObjectRenderer<LinkInline>
{
    /// <summary>A photo in a body spans the text column: about 46rem on a wide screen, the whole width on a phone.</summary>
    private const string Sizes = "(min-width: 48rem) 46rem, 100vw";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && link.Url is { } url && links.Picture(url, AltText(link), Sizes, first: false) is { } picture)
        {
            renderer.Write(picture.Html);
            return;
        }

        markdig.Write(renderer, link);
    }

    private static string AltText(ContainerInline image)
        => string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
