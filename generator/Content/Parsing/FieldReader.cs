using System.Globalization;
using System.Text.RegularExpressions;
using OcopShowcase.Content;
using OcopShowcase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Content.Parsing;

/// <summary>
/// Reads typed values out of a YAML mapping. Every read that fails adds a located diagnostic and returns null,
/// so a parser can read all of a file's fields and report every problem in one pass.
/// </summary>
public sealed partial class FieldReader
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);

    public FieldReader(YamlMappingNode node, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        Diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
            _fields.TryAdd(name, (key, value));
        }
    }

    public static FieldReader For(FrontMatterDocument document, DiagnosticBag diagnostics)
        => new(document.Fields ?? new YamlMappingNode(), document.Source.RelativePath, document.YamlFirstLine - 1, diagnostics);

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    public IEnumerable<string> Keys => _fields.Keys;

    public bool Has(string key) => _fields.ContainsKey(key);

    /// <summary>Whether the key holds nested fields rather than a value.</summary>
    public bool HoldsFields(string key) => _fields.TryGetValue(key, out var field) && field.Value is YamlMappingNode;

    /// <summary>Where the mapping itself starts, for errors about a missing field.</summary>
    public SourceSpan Start => Span(_node);

    public SourceSpan At(string key) => _fields.TryGetValue(key, out var field) ? Span(field.Value) : Start;

    public SourceSpan KeyAt(string key) => _fields.TryGetValue(key, out var field) ? Span(field.Key) : Start;

    public SourceSpan Span(YamlNode node)
        => node.Start.Line == 0 ? SourceSpan.StartOf(File) : new SourceSpan(File, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    /// <summary>Reports every key not in <paramref name="allowed"/>, suggesting the closest allowed one.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> allowed)
    {
        foreach (var (name, field) in _fields)
        {
            if (!allowed.Contains(name))
            {
                Diagnostics.AddWithSuggestion(DiagnosticCatalogue.UnknownField, Span(field.Key), ClosestMatch.Find(name, allowed), name);
            }
        }
    }

    public string? Text(string key, bool required = false, string what = "")
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            if (required)
            {
                Diagnostics.Add(DiagnosticCatalogue.MissingField, Start, key, what);
            }

            return null;
        }

        if (field.Value is not YamlScalarNode scalar)
        {
            Diagnostics.Add(DiagnosticCatalogue.ExpectedText, Span(field.Value), key);
            return null;
        }

        var value = Clean(scalar.Value ?? "");
        if (value.Length == 0)
        {
            Diagnostics.Add(DiagnosticCatalogue.EmptyValue, Span(field.Value), key);
            return null;
        }

        return WithinLimit(key, value, field.Value) ? value : null;
    }

    public int? Integer(string key, int min, int max, string example, bool required = false, string what = "")
    {
        var text = Text(key, required, what);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Diagnostics.Add(DiagnosticCatalogue.ExpectedNumber, At(key), key, example, text);
            return null;
        }

        if (value < min || value > max)
        {
            Diagnostics.Add(DiagnosticCatalogue.OutOfRange, At(key), key, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture), text);
            return null;
        }

        return value;
    }

    public decimal? Decimal(string key, decimal min, decimal max, string example)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Diagnostics.Add(DiagnosticCatalogue.ExpectedNumber, At(key), key, example, text);
            return null;
        }

        if (value < min || value > max)
        {
            Diagnostics.Add(DiagnosticCatalogue.OutOfRange, At(key), key, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture), text);
            return null;
        }

        return value;
    }

    public DateOnly? Date(string key, bool required = false, string what = "")
    {
        var text = Text(key, required, what);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Diagnostics.Add(DiagnosticCatalogue.BadDate, At(key), key, text);
            return null;
        }

        // Year 1 or 9999 is a typing mistake, and computing with it (36 months later, UTC+7) leaves the calendar.
        if (date.Year is < ContentLimits.MinYear or > ContentLimits.MaxYear)
        {
            Diagnostics.Add(DiagnosticCatalogue.DateOutOfRange, At(key), key, text);
            return null;
        }

        return date;
    }

    public bool? Boolean(string key)
    {
        var text = Text(key);
        return text switch
        {
            null => null,
            "true" or "yes" or "co" or "có" => true,
            "false" or "no" or "khong" or "không" => false,
            _ => Invalid(),
        };

        bool? Invalid()
        {
            Diagnostics.Add(DiagnosticCatalogue.UnknownValue, At(key), key, text, "true, false");
            return null;
        }
    }

    /// <summary>Reads one of a closed set of values (a group, a level…), suggesting the closest on a typo.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = false, string what = "")
        where T : struct
    {
        var text = Text(key, required, what);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Diagnostics.AddWithSuggestion(DiagnosticCatalogue.UnknownValue, At(key), ClosestMatch.Find(text, choices.Keys), key, text, string.Join(", ", choices.Keys));
        return null;
    }

    /// <summary>An https web address; with <paramref name="requiredHost"/>, only that domain or its subdomains.</summary>
    public Uri? HttpsUrl(string key, string? requiredHost = null)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            if (LinkPolicy.Classify(text) == LinkTarget.Unsafe)
            {
                Diagnostics.Add(DiagnosticCatalogue.UnsafeUrl, At(key), text);
            }
            else
            {
                Diagnostics.Add(DiagnosticCatalogue.BadUrl, At(key), key, text);
            }

            return null;
        }

        if (requiredHost is not null && uri.Host != requiredHost && !uri.Host.EndsWith("." + requiredHost, StringComparison.Ordinal))
        {
            Diagnostics.Add(DiagnosticCatalogue.WrongMarketplace, At(key), key, requiredHost, uri.Host);
            return null;
        }

        return uri;
    }

    /// <summary>A Vietnamese phone number, kept as written for display; see <see cref="PhoneNumber"/>.</summary>
    public PhoneNumber? Phone(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        var phone = PhoneNumber.TryParse(text);
        if (phone is null)
        {
            Diagnostics.Add(DiagnosticCatalogue.BadPhone, At(key), key, text);
        }

        return phone;
    }

    public IReadOnlyList<string> TextList(string key) => TextListAt(key).Select(item => item.Value).ToList();

    /// <summary>As <see cref="TextList"/>, with where each item is written.</summary>
    public IReadOnlyList<(string Value, SourceSpan At)> TextListAt(string key)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is YamlScalarNode)
        {
            return Text(key) is { } single ? [(single, At(key))] : [];
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            Diagnostics.Add(DiagnosticCatalogue.ExpectedText, Span(field.Value), key);
            return [];
        }

        var items = new List<(string, SourceSpan)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && Clean(scalar.Value ?? "") is { Length: > 0 } value)
            {
                if (WithinLimit(key, value, item))
                {
                    items.Add((value, Span(item)));
                }
            }
            else
            {
                Diagnostics.Add(DiagnosticCatalogue.ExpectedText, Span(item), key);
            }
        }

        return items;
    }

    public FieldReader? Child(string key)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return null;
        }

        if (field.Value is not YamlMappingNode mapping)
        {
            Diagnostics.Add(DiagnosticCatalogue.NotAMapping, Span(field.Value));
            return null;
        }

        return new FieldReader(mapping, File, _lineOffset, Diagnostics);
    }

    /// <summary>A list whose items are either mappings or plain text (read as the mapping <c>{ scalarKey: text }</c>).</summary>
    public IReadOnlyList<FieldReader> ChildList(string key, string scalarKey)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return [];
        }

        var nodes = field.Value is YamlSequenceNode sequence ? sequence.Children : [field.Value];
        var readers = new List<FieldReader>();
        foreach (var item in nodes)
        {
            switch (item)
            {
                case YamlMappingNode mapping:
                    readers.Add(new FieldReader(mapping, File, _lineOffset, Diagnostics));
                    break;
                case YamlScalarNode scalar:
                    var wrapped = new YamlMappingNode(new YamlScalarNode(scalarKey), scalar);
                    readers.Add(new FieldReader(wrapped, File, _lineOffset, Diagnostics));
                    break;
                default:
                    Diagnostics.Add(DiagnosticCatalogue.ExpectedText, Span(item), key);
                    break;
            }
        }

        return readers;
    }

    /// <summary>
    /// A value holding a forbidden character (made by a YAML escape) or longer than its field allows
    /// (<see cref="ContentLimits.MaxLengthOf"/>) is reported, not read further.
    /// </summary>
    private bool WithinLimit(string key, string value, YamlNode node)
    {
        if (TextHygiene.FirstForbidden(value) is { } character)
        {
            Diagnostics.Add(DiagnosticCatalogue.ForbiddenCharacter, Span(node), character);
            return false;
        }

        var limit = ContentLimits.MaxLengthOf(key);
        if (value.Length <= limit)
        {
            return true;
        }

        Diagnostics.Add(DiagnosticCatalogue.ValueTooLong, Span(node), key, value.Length.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture));
        return false;
    }

    private static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar
           && (scalar.Value is null or "" or "~" or "null");

    /// <summary>Trims, and drops invisible characters that would otherwise leak into slugs, titles and search.</summary>
    public static string Clean(string value) => InvisibleCharacters().Replace(value, "").Trim();

    [GeneratedRegex("[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]")]
    private static partial Regex InvisibleCharacters();
}
