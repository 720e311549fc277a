using System.Collections.Immutable;
using OcopShowcase.Content.Model;
using OcopShowcase.Content.Parsing;
using OcopShowcase.Diagnostics;

namespace OcopShowcase.Content;

/// <summary>Reads <c>site.yml</c> (and its translations <c>site.en.yml</c>…) and <c>rating-rules.yml</c>.</summary>
public static class SiteConfigReader
{
    public const string SiteFile = "site.yml";
    public const string RulesFile = "rating-rules.yml";

    private static readonly IReadOnlySet<string> TextKeys = new HashSet<string>(StringComparer.Ordinal) { "title", "tagline", "description", "intro" };

    private static readonly IReadOnlySet<string> SharedKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "base_url", "languages", "demo", "commune", "district", "province", "contact", "marketplaces", "repository", "edit_branch", "content_folder", "posters", "qr_campaign", "villages",
    };

    public static SiteConfig? ReadSite(string contentRoot, Uri? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var fields = ReadYaml(contentRoot, SiteFile, diagnostics);
        if (fields is null)
        {
            return null;
        }

        fields.RejectUnknown(TextKeys.Union(SharedKeys).ToHashSet(StringComparer.Ordinal));
        var languages = fields.TextList("languages");
        if (languages.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalogue.MissingField, fields.Start, "languages", "vi, en");
            languages = ["vi"];
        }

        var baseUrl = baseUrlOverride ?? fields.HttpsUrl("base_url");
        if (baseUrl is null && !fields.Has("base_url"))
        {
            diagnostics.Add(DiagnosticCatalogue.MissingField, fields.Start, "base_url", "https://…");
        }

        var text = ReadText(fields, null);
        var texts = ImmutableSortedDictionary.CreateBuilder<string, SiteText>(StringComparer.Ordinal);
        if (text is not null)
        {
            texts[languages[0]] = text;
        }

        foreach (var language in languages.Skip(1))
        {
            var translated = ReadYaml(contentRoot, $"site.{language}.yml", diagnostics, optional: true);
            if (translated is null || text is null)
            {
                continue;
            }

            foreach (var key in translated.Keys.Where(SharedKeys.Contains))
            {
                diagnostics.Add(DiagnosticCatalogue.FieldNotTranslatable, translated.KeyAt(key), key, SiteFile);
            }

            translated.RejectUnknown(TextKeys.Union(SharedKeys).ToHashSet(StringComparer.Ordinal));
            texts[language] = ReadText(translated, text)!;
        }

        var marketplaces = fields.Child("marketplaces");
        var postmart = ReadMarketplace(marketplaces?.Child("postmart"), "Postmart", "postmart.vn");
        var voso = ReadMarketplace(marketplaces?.Child("voso"), "Voso", "voso.vn");
        var contact = ContactReader.Read(fields.Child("contact"));

        var commune = fields.Text("commune", required: true, "tên xã");
        var district = fields.Text("district") ?? "";
        var province = fields.Text("province", required: true, "tên tỉnh");
        if (text is null || baseUrl is null || commune is null || province is null)
        {
            return null;
        }

        return new SiteConfig(
            WithTrailingSlash(baseUrl), languages, fields.Boolean("demo") ?? false, commune, district, province, contact, postmart, voso,
            fields.HttpsUrl("repository"), fields.Text("edit_branch") ?? "main", (fields.Text("content_folder") ?? "content").Trim('/'),
            new PosterSettings(fields.Boolean("posters") ?? true, ReadCampaign(fields.Child("qr_campaign"))),
            new Localized<SiteText>(languages[0], texts.ToImmutable()),
            fields.TextList("villages").Select(v => v.Normalize(System.Text.NormalizationForm.FormC)).Distinct(StringComparer.Ordinal).ToList());
    }

    public static RatingRules? ReadRules(string contentRoot, DiagnosticBag diagnostics)
    {
        var fields = ReadYaml(contentRoot, RulesFile, diagnostics);
        if (fields is null)
        {
            return null;
        }

        fields.RejectUnknown(new HashSet<string>(StringComparer.Ordinal) { "expiring_warning_days", "rule_sets" });
        var sets = new List<RuleSet>();
        foreach (var set in fields.ChildList("rule_sets", "decision"))
        {
            set.RejectUnknown(new HashSet<string>(StringComparer.Ordinal) { "decision", "effective_from", "validity_months", "bands" });
            var decision = set.Text("decision", required: true, "quyết định");
            var from = set.Date("effective_from", required: true, "ngày hiệu lực");
            var months = set.Integer("validity_months", 1, 120, "36", required: true, "số tháng hiệu lực");
            var bands = set.ChildList("bands", "stars").Select(ReadBand).OfType<ScoreBand>().ToList();
            if (decision is not null && from is not null && months is not null)
            {
                sets.Add(new RuleSet(decision, from.Value, months.Value, bands));
            }
        }

        return new RatingRules(sets, fields.Integer("expiring_warning_days", 0, 365, "90") ?? 90);
    }


    private static ScoreBand? ReadBand(FieldReader band)
    {
        band.RejectUnknown(new HashSet<string>(StringComparer.Ordinal) { "stars", "min_score", "max_score" });
        var stars = band.Integer("stars", StarRating.Min, StarRating.Max, "4", required: true, "số sao");
        var min = band.Integer("min_score", 0, 100, "70", required: true, "điểm thấp nhất");
        var max = band.Integer("max_score", 0, 100, "89", required: true, "điểm cao nhất");
        return stars is null || min is null || max is null ? null : new ScoreBand(stars.Value, min.Value, max.Value);
    }

    private static SiteText? ReadText(FieldReader fields, SiteText? original)
    {
        string? Get(string key, string what) => original is null ? fields.Text(key, required: true, what) : fields.Text(key);
        var title = Get("title", "tên website");
        var tagline = Get("tagline", "khẩu hiệu ngắn");
        var description = Get("description", "mô tả cho công cụ tìm kiếm");
        var intro = Get("intro", "đoạn giới thiệu trên trang chủ");
        if (original is null && (title is null || tagline is null || description is null || intro is null))
        {
            return null;
        }

        return new SiteText(title ?? original!.Title, tagline ?? original!.Tagline, description ?? original!.Description, intro ?? original!.Intro);
    }

    /// <summary>Campaign parameters in the order written; names are plain ASCII words so every analytics tool reads them.</summary>
    private static List<KeyValuePair<string, string>> ReadCampaign(FieldReader? fields)
    {
        var campaign = new List<KeyValuePair<string, string>>();
        foreach (var key in fields?.Keys ?? [])
        {
            if (!key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                fields!.Diagnostics.Add(DiagnosticCatalogue.BadCampaignParameter, fields.KeyAt(key), key);
                continue;
            }

            if (fields!.Text(key) is { } value)
            {
                campaign.Add(new(key, value));
            }
        }

        return campaign;
    }

    private static Marketplace ReadMarketplace(FieldReader? fields, string name, string domain)
    {
        if (fields is null)
        {
            return new Marketplace(name, domain, new Uri($"https://{domain}/"));
        }

        fields.RejectUnknown(new HashSet<string>(StringComparer.Ordinal) { "name", "domain", "home" });
        var actualDomain = fields.Text("domain") ?? domain;
        return new Marketplace(fields.Text("name") ?? name, actualDomain, fields.HttpsUrl("home", actualDomain) ?? new Uri($"https://{actualDomain}/"));
    }

    private static FieldReader? ReadYaml(string contentRoot, string name, DiagnosticBag diagnostics, bool optional = false)
    {
        var path = Path.Combine(contentRoot, name);
        if (!File.Exists(path))
        {
            if (!optional)
            {
                diagnostics.Add(DiagnosticCatalogue.SiteConfigMissing, SourceSpan.StartOf(name), Path.GetFullPath(path));
            }

            return null;
        }

        return YamlFile.Read(contentRoot, path, name, diagnostics);
    }

    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
