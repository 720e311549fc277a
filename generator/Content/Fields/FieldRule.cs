namespace OcopShowcase.Content.Fields;

/// <summary>What a front-matter field holds, which decides how it is read and how the staff form checks it.</summary>
public enum FieldType
{
    /// <summary>One line of text (<see cref="FieldRule.MaxLength"/> characters at most).</summary>
    Text,

    /// <summary>A whole number written with digits only, between <see cref="FieldRule.Min"/> and <see cref="FieldRule.Max"/>.</summary>
    Integer,

    /// <summary>One of a closed set of values known to the generator (a product group).</summary>
    Choice,

    /// <summary>The slug of another document (a producer, a certificate).</summary>
    Reference,

    /// <summary>An https address on a marketplace's own domain.</summary>
    MarketplaceLink,

    /// <summary>A Vietnamese phone number (<see cref="Parsing.PhoneNumber.Pattern"/>).</summary>
    Phone,

    /// <summary>A list of lines of text (or one line).</summary>
    TextList,

    /// <summary>A date written YYYY-MM-DD, between <see cref="ContentLimits.MinYear"/> and <see cref="ContentLimits.MaxYear"/>.</summary>
    Date,
}

/// <summary>
/// One front-matter field and its rules, declared once: the reader checks a file with them and the staff form's
/// JSON Schema is written from them, so a browser and a build refuse the same values with the same messages.
/// </summary>
/// <param name="Key">The field's name in front matter.</param>
/// <param name="What">What the field holds, in Vietnamese, as the "missing field" message (OCOP011) names it.</param>
/// <param name="Example">A value the "expected a number" message (OCOP013) offers.</param>
/// <param name="Translatable">Whether a translation (index.en.md) carries it; shared fields come from the original only.</param>
public sealed record FieldRule(string Key, FieldType Type, bool Required = false, string What = "", string Example = "", int Min = 0, int Max = 0, bool Translatable = false)
{
    /// <summary>The longest a value may be, in UTF-16 characters as both .NET and JavaScript count them (OCOP052).</summary>
    public int MaxLength => ContentLimits.MaxLengthOf(Key);
}
