using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using OcopShowcase.Content.Model;
using OcopShowcase.Output;
using OcopShowcase.Site;

namespace OcopShowcase.Assets.Discovery;

/// <summary>
/// Open data for the district and province: <c>/data/products.json</c> and <c>/data/products.csv</c> (UTF-8 with a BOM
/// so Excel shows Vietnamese correctly), one row per product, columns in the fixed order documented in docs/DU-LIEU-MO.md.
/// </summary>
public static class OpenDataWriter
{
    /// <summary>One product as published; the property order is the column order and never changes.</summary>
    public sealed record ProductRow(
        string Slug,
        string Name,
        string? NameEn,
        string Group,
        int? Stars,
        string? CertificateNumber,
        string? CertificateIssuedOn,
        string? CertificateIssuingBody,
        string? CertificateState,
        string? CertificateValidUntil,
        string Producer,
        string? ProducerLegalForm,
        string? Village,
        long? PriceVnd,
        string? Unit,
        string? Postmart,
        string? Voso,
        string Url);

    public static IReadOnlyList<OutputFile> Write(SiteModel site)
    {
        var rows = site.Content.Products.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => Row(site, p)).ToList();
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new { generated_for = site.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), commune = site.Site.Commune, province = site.Site.Province, products = rows },
            new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        return [OutputFile.FromBytes("data/products.json", json), OutputFile.FromBytes("data/products.csv", Csv(rows))];
    }

    private static ProductRow Row(SiteModel site, Product product)
    {
        var certificate = site.CertificateOf(product.Certificate);
        var producer = site.ProducerOf(product);
        var english = site.Languages.FirstOrDefault(l => l.Code == "en") is { } en && product.Text.IsTranslatedInto(en.Code) ? product.Text.In(en.Code).Name : null;
        return new ProductRow(
            product.Slug,
            product.Text.Default.Name,
            english,
            product.Group.Key(),
            certificate is null ? null : certificate.Stars.Stars,
            certificate?.DecisionNumber,
            certificate?.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            certificate?.IssuingBody,
            certificate is null ? null : site.StateOf(certificate).Key(),
            certificate?.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            producer?.Text.Default.Name ?? product.Producer.Slug,
            producer?.LegalForm.ToString(),
            product.Village,
            product.PriceVnd,
            product.Text.Default.Unit,
            product.Buy.Postmart?.AbsoluteUri,
            product.Buy.Voso?.AbsoluteUri,
            site.Urls.Absolute(SiteUrls.Product(site.DefaultLanguage, product.Slug)));
    }

    private static byte[] Csv(IEnumerable<ProductRow> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            csv.Context.RegisterClassMap<SnakeCaseMap>();
            csv.WriteRecords(rows);
        }

        return stream.ToArray();
    }

    private sealed class SnakeCaseMap : ClassMap<ProductRow>
    {
        public SnakeCaseMap()
        {
            AutoMap(CultureInfo.InvariantCulture);
            foreach (var member in MemberMaps)
            {
                member.Name(JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Data.Member!.Name));
                if (member.Data.Type == typeof(string))
                {
                    // Text columns only: numbers (stars, price) are written as numbers, never prefixed.
                    member.TypeConverter<FormulaNeutralisingConverter>();
                }
            }
        }
    }

    /// <summary>
    /// CSV injection (OWASP): staff open this file in Excel, which runs a cell starting with "=", "+", "-", "@", a tab or
    /// a carriage return as a formula ("=HYPERLINK(…)", "=cmd|…"). Such a text cell is prefixed with a single quote, which
    /// Excel shows as text. The JSON export keeps the real value.
    /// </summary>
    public static string? NeutraliseFormula(string? cell)
        => cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private sealed class FormulaNeutralisingConverter : CsvHelper.TypeConversion.StringConverter
    {
        // An empty cell stays a cell: the base converter writes it, so the columns never shift.
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData)
            => value is string text ? NeutraliseFormula(text) : base.ConvertToString(value, row, memberMapData);
    }
}
