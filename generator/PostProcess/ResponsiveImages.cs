using AngleSharp.Dom;
using OcopShowcase.Assets.Images;

namespace OcopShowcase.PostProcess;

/// <summary>
/// Turns every <c>&lt;img&gt;</c> of a processed photo into a <c>&lt;picture&gt;</c>: WebP and JPEG <c>srcset</c>s at every
/// width, the photo's real <c>width</c>/<c>height</c> (so the page never shifts), and its dominant colour as a
/// placeholder until the bytes arrive. Templates choose <c>sizes</c>, <c>loading</c> and <c>fetchpriority</c>.
/// </summary>
public static class ResponsiveImages
{
    private const string DefaultSizes = "100vw";

    public static void Apply(IDocument document, PhotoSet photos)
    {
        foreach (var img in document.QuerySelectorAll("img").ToList())
        {
            var src = img.GetAttribute("src");
            if (src is null || photos.Find(src) is not { } photo)
            {
                continue;
            }

            var sizes = img.GetAttribute("sizes") ?? DefaultSizes;
            var fallback = photo.Variants.FirstOrDefault(v => v.Width >= 720) ?? photo.Largest;
            img.SetAttribute("src", "/" + fallback.JpegPath);
            img.SetAttribute("srcset", string.Join(", ", photo.Variants.Select(v => $"/{v.JpegPath} {v.Width}w")));
            img.SetAttribute("sizes", sizes);
            img.SetAttribute("width", photo.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            img.SetAttribute("height", photo.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            img.SetAttribute("style", $"background-color:{photo.PlaceholderColor}");

            var picture = document.CreateElement("picture");
            var source = document.CreateElement("source");
            source.SetAttribute("type", "image/webp");
            source.SetAttribute("srcset", string.Join(", ", photo.Variants.Select(v => $"/{v.WebpPath} {v.Width}w")));
            source.SetAttribute("sizes", sizes);
            img.Parent!.ReplaceChild(picture, img);
            picture.AppendChild(source);
            picture.AppendChild(img);
        }
    }
}
