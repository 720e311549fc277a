using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopShowcase.Content.Fields;
using OcopShowcase.Kinds.Products;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;
using OcopShowcase.Output;
using OcopShowcase.Site;
using F = OcopShowcase.Content.Fields.ProductFields;

namespace OcopShowcase.Assets.StaffForm;

/// <summary>
/// The JSON Schema (draft 2020-12) of a new product's front matter, written from <see cref="ProductFields"/> and this
/// site's choices, for the staff form (<c>product-form.js</c>) to check every field in the browser with the build's
/// rules. Each property's <c>x-ocop-errors</c> names, for each check, the catalogue code the build reports and the
/// arguments it fills the message with ("{value}", "{length}" and "{host}" are filled by the browser); the messages
/// themselves are under <c>x-ocop-messages</c>, as the catalogue writes them.
/// </summary>
public static class ProductSchemaWriter
{
    public const string Path = "nhan-vien/them-san-pham/product.schema.json";

    public static string Url => "/" + Path;

    /// <summary>
    /// Everything of this site the schema shows, and nothing else: it is made from these alone (never from the site
    /// model), so its key (<see cref="AddTo"/>) is made of exactly what it shows. An edit build at national scale then
    /// takes the schema of the previous build (20,000 products' folders and 20,000 certificates' lists, 3.4 MB) when
    /// no product was added, renamed or removed and no producer, certificate or village changed.
    /// </summary>
    public sealed record Inputs
    {
        /// <summary>The groups, producers, certificates and villages a new product may choose (the form's lists).</summary>
        public required ProductChoices Choices { get; init; }

        /// <summary>The products' folder names in order, each with its content file: the names a new product may not take.</summary>
        public required IReadOnlyList<(string Slug, string SourcePath)> Products { get; init; }

        /// <summary>The certificates in order, each with the products its annex lists.</summary>
        public required IReadOnlyList<(string Slug, IReadOnlyList<string> Covers)> Certificates { get; init; }

        /// <summary>The domain of each marketplace link field ("postmart" → "postmart.vn"), as site.yml sets them.</summary>
        public required IReadOnlyDictionary<string, string> Marketplaces { get; init; }

        public static Inputs Of(SiteModel site) => new()
        {
            Choices = ProductChoices.Of(site, site.DefaultLanguage),
            Products = [.. site.Content.Products.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => (p.Slug, p.SourcePath))],
            Certificates = [.. site.Content.Certificates.OrderBy(c => c.Slug, StringComparer.Ordinal).Select(c => (c.Slug, (IReadOnlyList<string>)[.. c.Covers.Select(r => r.Slug)]))],
            Marketplaces = F.Top.Concat(F.Buy).Where(f => f.Type == FieldType.MarketplaceLink)
                .ToDictionary(f => f.Key, f => ProductReader.MarketplaceOf(site.Site, f).Domain, StringComparer.Ordinal),
        };

        /// <summary>Adds every input to a key, each list after its length (two sites' inputs never hash alike unless they are alike).</summary>
        public void AddTo(FingerprintBuilder hash)
        {
            void AddList<T>(IReadOnlyCollection<T> items, Action<T> add)
            {
                hash.Add(items.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var item in items)
                {
                    add(item);
                }
            }

            AddList(Choices.Groups, g => hash.Add(g));
            AddList(Choices.Producers, c => hash.Add(c.Value).Add(c.Label));
            AddList(Choices.Certificates, c => hash.Add(c.Value).Add(c.Label));
            AddList(Choices.Villages, v => hash.Add(v));
            AddList(Products, p => hash.Add(p.Slug).Add(p.SourcePath));
            AddList(Certificates, c =>
            {
                hash.Add(c.Slug);
                AddList(c.Covers, slug => hash.Add(slug));
            });
            AddList(Marketplaces.OrderBy(m => m.Key, StringComparer.Ordinal).ToList(), m => hash.Add(m.Key).Add(m.Value));
        }
    }

    public static OutputFile Write(Inputs inputs) => OutputFile.FromText(Path, Json(inputs));

    public static string Json(Inputs inputs) => Schema(inputs).ToJsonString(Options) + "\n";

    public static JsonObject Schema(Inputs inputs)
    {
        var choices = inputs.Choices;
        var properties = new JsonObject();
        foreach (var field in F.Top)
        {
            properties[field.Key] = field.Key switch
            {
                "group" => Enumerated(field, choices.Groups, null, DiagnosticCatalogue.UnknownValue, [field.Key, "{value}", string.Join(", ", choices.Groups)]),
                "producer" => Enumerated(field, [.. choices.Producers.Select(c => c.Value)], [.. choices.Producers.Select(c => c.Label)], DiagnosticCatalogue.UnknownProducer, ["{value}"]),
                "certificate" => Covering(Enumerated(field, [.. choices.Certificates.Select(c => c.Value)], [.. choices.Certificates.Select(c => c.Label)], DiagnosticCatalogue.UnknownCertificate, ["{value}"]), inputs),
                "village" => Enumerated(field, choices.Villages, null, DiagnosticCatalogue.UnknownVillage, ["{value}"]),
                _ => Property(field, inputs),
            };
        }

        var buy = new JsonObject();
        foreach (var field in F.Buy)
        {
            buy[field.Key] = Property(field, inputs);
        }

        properties[F.BuyKey] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = buy };
        // Photos are uploaded on GitHub after the file is made, and their files are checked by the build; the form writes none.
        properties[F.Photos] = new JsonObject { ["type"] = "array", ["description"] = "Files of the product's folder, added after upload." };

        var required = new JsonArray([.. F.Top.Where(f => f.Required).Select(f => (JsonNode)f.Key)]);
        var recommended = new JsonArray();
        foreach (var rule in F.ToPublish)
        {
            var property = properties[rule.Key]!.AsObject();
            var errors = property["x-ocop-errors"] as JsonObject ?? new JsonObject();
            property["x-ocop-errors"] = errors;
            // A warning does not stop a build, so it is no standard "required": the form shows it as a hint.
            (rule.Missing.Severity == Severity.Error ? required : recommended).Add((JsonNode)rule.Key);
            errors["required"] = Error(rule.Missing, []);
            if (rule.AnyOf is not null)
            {
                property["anyOf"] = new JsonArray([.. rule.AnyOf.Select(f => (JsonNode)new JsonObject { ["required"] = new JsonArray(f.Key) })]);
                errors["anyOf"] = Error(rule.Missing, []);
            }
        }

        var together = new JsonObject();
        var togetherErrors = new JsonObject();
        foreach (var (field, requires) in F.RequiredTogether)
        {
            together[field.Key] = new JsonArray(requires.Key);
            // The build reports a price without a unit at the price, echoing the price (OCOP034).
            togetherErrors[field.Key] = Error(DiagnosticCatalogue.PriceWithoutUnit, ["{value}"]);
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "OCOP product front matter",
            ["type"] = "object",
            ["required"] = required,
            ["x-ocop-recommended"] = recommended,
            ["dependentRequired"] = together,
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["x-ocop-dependent-errors"] = togetherErrors,
            ["x-ocop-echo-limit"] = Content.ContentLimits.MaxEchoedLength,
            ["x-ocop-slug"] = Slug(inputs),
            // Text pasted from Word or Zalo can carry invisible control characters; every value and the body are checked.
            ["x-ocop-forbidden"] = new JsonObject
            {
                ["pattern"] = TextHygiene.ForbiddenPatternForBrowsers,
                ["x-ocop-errors"] = new JsonObject { ["forbidden"] = Error(DiagnosticCatalogue.ForbiddenCharacter, ["{character}"]) },
            },
        };
        var messages = new JsonObject();
        foreach (var code in CodesIn(schema).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var d = DiagnosticCatalogue.All.Single(x => x.Code == code);
            messages[d.Code] = new JsonObject { ["severity"] = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" }, ["vi"] = d.MessageVi, ["en"] = d.MessageEn };
        }

        schema["x-ocop-messages"] = messages;
        return schema;
    }

    /// <summary>The codes the schema's errors name, so exactly their messages are exported.</summary>
    private static IEnumerable<string> CodesIn(JsonNode? node) => node switch
    {
        JsonObject o when o["code"] is JsonValue code && o.ContainsKey("args") => [code.GetValue<string>()],
        JsonObject o => o.SelectMany(p => CodesIn(p.Value)),
        JsonArray a => a.SelectMany(CodesIn),
        _ => [],
    };

    /// <summary>
    /// How the product's folder is named (<see cref="Content.Slugifier"/>, mirrored by the form), the folders already
    /// taken, and the build's errors for a name that makes no folder name or the name of an existing product.
    /// </summary>
    private static JsonObject Slug(Inputs inputs)
    {
        var taken = new JsonObject();
        foreach (var (slug, sourcePath) in inputs.Products)
        {
            taken[slug] = sourcePath;
        }

        return new JsonObject
        {
            ["max"] = Content.Slugifier.MaxLength,
            ["section"] = SiteUrls.Products,
            ["taken"] = taken,
            ["x-ocop-errors"] = new JsonObject
            {
                ["empty"] = Error(DiagnosticCatalogue.EmptySlug, ["{value}"]),
                ["taken"] = Error(DiagnosticCatalogue.DuplicateOutputPath, ["{path}", "{existing}"]),
            },
        };
    }

    /// <summary>
    /// For each certificate, the slugs its <c>products:</c> list (the decision's annex) covers: a new product may name
    /// a certificate only if its folder's name is there, or the build stops with OCOP115 (<see cref="CertificateCoverage"/>),
    /// whose arguments are the certificate's slug and the product's ("{slug}" is filled by the browser).
    /// </summary>
    private static JsonObject Covering(JsonObject certificate, Inputs inputs)
    {
        var covers = new JsonObject();
        foreach (var (slug, covered) in inputs.Certificates)
        {
            covers[slug] = new JsonArray([.. covered.Select(product => (JsonNode)product)]);
        }

        certificate["x-ocop-covers"] = covers;
        certificate["x-ocop-errors"]!["x-ocop-covers"] = Error(DiagnosticCatalogue.NotListedByCertificate, ["{value}", "{slug}"]);
        return certificate;
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Property(FieldRule field, Inputs inputs)
    {
        var errors = new JsonObject();
        var property = new JsonObject();
        if (field.Required)
        {
            errors["required"] = Error(DiagnosticCatalogue.MissingField, [field.Key, field.What]);
        }

        switch (field.Type)
        {
            case FieldType.Integer:
                property["type"] = "integer";
                property["minimum"] = field.Min;
                property["maximum"] = field.Max;
                property["examples"] = new JsonArray(field.Example);
                // int.TryParse(NumberStyles.None): digits only, and no more than a 32-bit integer holds.
                property["x-ocop-digits-max"] = int.MaxValue;
                errors["type"] = Error(DiagnosticCatalogue.ExpectedNumber, [field.Key, field.Example, "{value}"]);
                errors["minimum"] = Error(DiagnosticCatalogue.OutOfRange, [field.Key, Number(field.Min), Number(field.Max), "{value}"]);
                errors["maximum"] = Error(DiagnosticCatalogue.OutOfRange, [field.Key, Number(field.Min), Number(field.Max), "{value}"]);
                break;
            case FieldType.MarketplaceLink:
                var domain = inputs.Marketplaces[field.Key];
                property["type"] = "string";
                property["format"] = "uri";
                property["maxLength"] = field.MaxLength;
                property["x-ocop-https-host"] = domain;
                property["x-ocop-allowed-schemes"] = new JsonArray([.. LinkPolicy.AllowedSchemes.Order(StringComparer.Ordinal).Select(s => (JsonNode)s)]);
                errors["unsafe"] = Error(DiagnosticCatalogue.UnsafeUrl, ["{value}"]);
                errors["format"] = Error(DiagnosticCatalogue.BadUrl, [field.Key, "{value}"]);
                errors["x-ocop-https-host"] = Error(DiagnosticCatalogue.WrongMarketplace, [field.Key, domain, "{host}"]);
                break;
            case FieldType.Phone:
                property["type"] = "string";
                property["maxLength"] = field.MaxLength;
                property["pattern"] = PhoneNumber.Pattern;
                errors["pattern"] = Error(DiagnosticCatalogue.BadPhone, [field.Key, "{value}"]);
                break;
            case FieldType.TextList:
                property["type"] = "array";
                property["items"] = new JsonObject { ["type"] = "string", ["maxLength"] = field.MaxLength };
                break;
            case FieldType.Date:
                property["type"] = "string";
                property["format"] = "date";
                property["x-ocop-years"] = new JsonArray(Content.ContentLimits.MinYear, Content.ContentLimits.MaxYear);
                errors["format"] = Error(DiagnosticCatalogue.BadDate, [field.Key, "{value}"]);
                errors["x-ocop-years"] = Error(DiagnosticCatalogue.DateOutOfRange, [field.Key, "{value}"]);
                break;
            default:
                property["type"] = "string";
                property["maxLength"] = field.MaxLength;
                break;
        }

        if (field.Type is not (FieldType.Integer or FieldType.Date))
        {
            errors["maxLength"] = Error(DiagnosticCatalogue.ValueTooLong, [field.Key, "{length}", Number(field.MaxLength)]);
        }

        property["x-ocop-errors"] = errors;
        return property;
    }

    private static JsonObject Enumerated(FieldRule field, IReadOnlyList<string> values, IReadOnlyList<string>? titles, DiagnosticDescriptor unknown, string[] arguments)
    {
        var property = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]),
        };
        if (titles is not null)
        {
            property["x-ocop-titles"] = new JsonArray([.. titles.Select(v => (JsonNode)v)]);
        }

        var errors = new JsonObject { ["enum"] = Error(unknown, arguments) };
        if (field.Required)
        {
            errors["required"] = Error(DiagnosticCatalogue.MissingField, [field.Key, field.What]);
        }

        property["x-ocop-errors"] = errors;
        return property;
    }

    private static JsonObject Error(DiagnosticDescriptor descriptor, string[] arguments)
        => new JsonObject { ["code"] = descriptor.Code, ["args"] = new JsonArray([.. arguments.Select(a => (JsonNode)a)]) };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
