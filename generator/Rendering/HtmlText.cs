using System.Buffers;
using System.Text;

namespace OcopShowcase.Rendering;

/// <summary>
/// Escapes a value for HTML text and quoted attributes: the five characters that can change the markup (&amp; &lt;
/// &gt; " ') and nothing else, so Vietnamese letters reach the page as themselves (UTF-8), not as numeric entities.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string value)
    {
        var next = value.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16);
        var rest = value.AsSpan();
        while (next >= 0)
        {
            escaped.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
            next = rest.IndexOfAny(Special);
        }

        return escaped.Append(rest).ToString();
    }
}
