using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    /// <summary>The whole file: what it was made for, then the rows.</summary>
    public sealed record ProductsFile(string GeneratedFor, string Commune, string Province, IReadOnlyList<ProductRow> Products);

    public static IReadOnlyList<OutputFile> Write(SiteModel site)
    {
        var rows = site.Content.Products.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => Row(site, p)).ToList();
        var file = new ProductsFile(site.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), site.Site.Commune, site.Site.Province, rows);
        var json = JsonSerializer.SerializeToUtf8Bytes(file, OpenDataJson.Files.ProductsFile);
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

    /// <summary>
    /// The CSV's columns are the JSON's fields, named and read through the same compile-time metadata (no reflection
    /// while a build runs); CsvHelper quotes the fields.
    /// </summary>
    private static byte[] Csv(IEnumerable<ProductRow> rows)
    {
        var columns = OpenDataJson.Files.ProductRow.Properties;
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Name);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(Cell(column.Get!(row)));
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>Text is neutralised (below); numbers (stars, price) are written as numbers, never prefixed; nothing is an empty cell, so the columns never shift.</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string text => NeutraliseFormula(text)!,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"An open data column of type {value.GetType()} has no CSV form."),
    };

    /// <summary>
    /// CSV injection (OWASP): staff open this file in Excel, which runs a cell starting with "=", "+", "-", "@", a tab or
    /// a carriage return as a formula ("=HYPERLINK(…)", "=cmd|…"). Such a text cell is prefixed with a single quote, which
    /// Excel shows as text. The JSON export keeps the real value.
    /// </summary>
    public static string? NeutraliseFormula(string? cell)
        => cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}

/// <summary>
/// The open data's compile-time metadata: fields in snake case, in the records' order; nulls written. The encoder
/// (every Unicode letter as itself, so Vietnamese stays readable) is set where the options are made.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(OpenDataWriter.ProductsFile))]
internal sealed partial class OpenDataJson : JsonSerializerContext
{
    /// <summary>The metadata with the open data's encoder.</summary>
    public static OpenDataJson Files { get; } = new(NewOptions());

    /// <summary>
    /// The options of every open data file (<c>data/*.json</c>: a kind's own, such as events, too): indented, snake
    /// case, every Unicode letter as itself. New each time: a context takes options of its own.
    /// </summary>
    public static JsonSerializerOptions NewOptions() => new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
