namespace OcopShowcase.Content.Model;

/// <summary>An OCOP rating: 3, 4 or 5 stars (1–2 stars are not recognised as OCOP products).</summary>
public readonly record struct StarRating
{
    public const int Min = 3;
    public const int Max = 5;

    public StarRating(int stars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stars, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stars, Max);
        Stars = stars;
    }

    public int Stars { get; }

    public override string ToString() => Stars.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
