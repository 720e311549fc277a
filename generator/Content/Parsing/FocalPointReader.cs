using System.Globalization;
using OcopShowcase.Content.Model;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// Reads a photo's <c>focus:</c>: a word (<c>top</c>, <c>center</c>, <c>bottom</c>, <c>left</c>, <c>right</c>, or two of
/// them such as <c>top left</c>) or two percentages, across then down (<c>"30% 20%"</c>). Anything else is OCOP120 at
/// the value.
/// </summary>
public static class FocalPointReader
{
    public static FocalPoint? Read(FieldReader photo)
    {
        if (photo.Text("focus") is not { } text)
        {
            return null;
        }

        if (Parse(text) is { } point)
        {
            return point;
        }

        photo.Diagnostics.Add(DiagnosticCatalogue.InvalidFocus, photo.At("focus"), text);
        return null;
    }

    /// <summary>The point a focus text names, or null when it names none.</summary>
    public static FocalPoint? Parse(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 2 && parts.All(p => p.EndsWith('%')))
        {
            return Percent(parts[0]) is { } x && Percent(parts[1]) is { } y ? new FocalPoint(x, y) : null;
        }

        if (parts.Length is < 1 or > 2)
        {
            return null;
        }

        double? across = null;
        double? down = null;
        foreach (var word in parts)
        {
            switch (word)
            {
                case "left" when across is null: across = 0; break;
                case "right" when across is null: across = 1; break;
                case "top" when down is null: down = 0; break;
                case "bottom" when down is null: down = 1; break;
                case "center" or "centre": break;
                default: return null;
            }
        }

        return new FocalPoint(across ?? 0.5, down ?? 0.5);
    }

    private static double? Percent(string part)
        => double.TryParse(part[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100
            ? value / 100
            : null;
}
