using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace OcopShowcase.Tests.Integration;

/// <summary>
/// The staff form's schema read by an independent JSON Schema validator (JsonSchema.Net): every product of the sample
/// passes it, and each kind of value the build refuses is refused by the schema's standard keywords too.
/// </summary>
public class ProductSchemaTests(RootSite root) : IClassFixture<RootSite>
{
    private JsonSchema Schema => JsonSchema.FromText(File.ReadAllText(Path.Combine(root.Site.Output, "nhan-vien", "them-san-pham", "product.schema.json")));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> SampleProducts()
        => [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Content, "san-pham"), "index.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(TestPaths.Content, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleProducts))]
    public void Every_sample_product_passes_the_schema(string path)
    {
        var result = Schema.Evaluate(FrontMatter(File.ReadAllText(Path.Combine(TestPaths.Content, path))), Options);
        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("price: 45 nghìn", "/price")]
    [InlineData("price: 2000000000", "/price")]
    [InlineData("producer: htx-cam-tann", "/producer")]
    [InlineData("group: thuc pham", "/group")]
    [InlineData("certificate: 2024-1114", "/certificate")]
    [InlineData("buy: { postmart: postmart.vn/san-pham/x }", "/buy/postmart")]
    [InlineData("buy: { phone: 0912 34 56 }", "/buy/phone")]
    [InlineData("prodcer: htx-nong-nghiep-cam-tan", "/prodcer")]
    public void A_value_the_build_refuses_fails_the_schema(string line, string where)
    {
        // A complete product, with the line of the same field replaced (or the line added).
        var fields = new List<string> { "name: Bánh đa vừng", "group: thuc-pham", "producer: htx-nong-nghiep-cam-tan", "summary: Bánh đa.", "price: 30000", "unit: gói" };
        var key = line[..(line.IndexOf(':') + 1)];
        fields.RemoveAll(f => f.StartsWith(key, StringComparison.Ordinal));
        fields.Add(line);
        var result = Schema.Evaluate(FrontMatter($"---\n{string.Join('\n', fields)}\n---\n"), Options);
        Assert.False(result.IsValid);
        Assert.Contains(result.Details ?? [], d => d.Errors is { Count: > 0 } && d.InstanceLocation.ToString() == where);
    }

    [Fact]
    public void A_price_needs_its_unit()
    {
        var result = Schema.Evaluate(FrontMatter("---\nname: Bánh\ngroup: thuc-pham\nproducer: htx-nong-nghiep-cam-tan\nsummary: Bánh.\nprice: 30000\n---\n"), Options);
        Assert.False(result.IsValid);
        Assert.Contains(result.Details ?? [], d => d.Errors?.ContainsKey("dependentRequired") == true);
    }

    private static string Describe(EvaluationResults result)
        => string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    /// <summary>A file's front matter as JSON: plain scalars of digits are numbers, every other scalar text.</summary>
    private static JsonElement FrontMatter(string text)
    {
        var yaml = text.Split("---\n")[1];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode));
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } v } when v.Length > 0 && v.All(char.IsAsciiDigit) => JsonValue.Create(long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };
}
