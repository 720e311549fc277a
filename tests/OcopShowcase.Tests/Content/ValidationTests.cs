namespace OcopShowcase.Tests.Content;

/// <summary>Each case breaks one thing in the minimal fixture and expects exactly one error, with its code and place.</summary>
public class ValidationTests
{
    private const string Product = "san-pham/che-lam/index.md";

    /// <summary>A publishable product with <paramref name="fields"/>; what they do not set (certificate, price, unit, a
    /// way to buy) follows them, so the lines up to <paramref name="fields"/> stay where they are.</summary>
    internal static string ProductWith(string fields, string body = "Nội dung.")
    {
        string Default(string key, string line) => fields.Contains(key + ":", StringComparison.Ordinal) ? "" : line;
        var defaults = Default("certificate", "certificate: qd-1114\n") + Default("price", "price: 45000\n") + Default("unit", "unit: hộp 300 g\n")
            + Default("buy", "buy:\n  phone: \"0912 345 678\"\n");
        return $"---\nname: Chè lam\ngroup: thuc-pham\nproducer: htx-cam-tan\nsummary: Chè lam thử.\n{fields}{defaults}---\n\n{body}\n";
    }

    private const string Certificate = "---\ndecision: \"1114/QĐ-UBND\"\nissued_on: 2024-06-12\nissuing_body: UBND tỉnh\nlevel: tinh\n";

    [Fact]
    public void The_minimal_fixture_builds_without_errors()
        => Assert.Empty(new ContentFixture().Errors());

    [Fact]
    public void Unknown_field_suggests_the_closest_name()
    {
        var error = new ContentFixture().Write(Product, ProductWith("prodcer_note: x\npirce: 1000\n")).Errors();
        Assert.Equal(["OCOP010", "OCOP010"], error.Select(e => e.Code));
        Assert.Contains("Có phải \"price\"?", error[1].Message());
        Assert.Equal(7, error[1].At.Line);
    }

    [Fact]
    public void Missing_required_field_names_it()
    {
        var error = new ContentFixture().Write(Product, ProductWith("").Replace("group: thuc-pham\n", "", StringComparison.Ordinal)).SingleError();
        Assert.Equal("OCOP011", error.Code);
        Assert.Contains("\"group\"", error.Message());
        Assert.Equal(Product, error.At.File);
    }

    [Fact]
    public void Unknown_producer_suggests_the_existing_one()
    {
        var error = new ContentFixture().Write(Product, ProductWith("").Replace("producer: htx-cam-tan", "producer: htx-cam-tann")).SingleError();
        Assert.Equal("OCOP100", error.Code);
        Assert.Equal(4, error.At.Line);
        Assert.Equal(11, error.At.Column);
        Assert.Equal("Không tìm thấy chủ thể \"htx-cam-tann\". Có phải \"htx-cam-tan\"?", error.Message());
    }

    [Fact]
    public void Unknown_certificate_is_an_error()
        => Assert.Equal("OCOP101", new ContentFixture().Write(Product, ProductWith("certificate: qd-9999\n")).SingleError().Code);

    [Fact]
    public void Stars_and_score_must_agree_under_the_rules_in_force()
    {
        var error = new ContentFixture().Write("chung-nhan/qd-1114.md",
            Certificate + "stars: 4\nscore: 68\nproducts: [che-lam]\n---\n").SingleError();
        Assert.Equal("OCOP102", error.Code);
        Assert.Equal(7, error.At.Line);
        Assert.Contains("148/QĐ-TTg", error.Message());
    }

    [Theory]
    [InlineData("issued_on: 12/6/2024", "OCOP014")]
    [InlineData("issued_on: 2024-02-30", "OCOP014")]
    public void Bad_dates_are_errors(string line, string code)
    {
        var error = new ContentFixture().Write("chung-nhan/qd-1114.md",
            $"---\ndecision: \"1114/QĐ-UBND\"\n{line}\nissuing_body: UBND tỉnh\nlevel: tinh\nstars: 4\nproducts: [che-lam]\n---\n").SingleError();
        Assert.Equal(code, error.Code);
        Assert.Equal(3, error.At.Line);
    }

    [Theory]
    [InlineData("stars: bốn", "OCOP013")]
    [InlineData("stars: 6", "OCOP015")]
    public void Wrong_star_values_say_what_was_expected(string line, string code)
        => Assert.Equal(code, new ContentFixture().Write("chung-nhan/qd-1114.md",
            $"{Certificate}{line}\nproducts: [che-lam]\n---\n").SingleError().Code);

    [Theory]
    [InlineData("buy:\n  postmart: postmart.vn/san-pham/1\n", "OCOP017")]
    [InlineData("buy:\n  voso: https://postmart.vn/san-pham/1\n", "OCOP018")]
    [InlineData("buy:\n  postmart: javascript:alert(1)\n", "OCOP024")]
    [InlineData("buy:\n  phone: 0912 34 56\n", "OCOP019")]
    [InlineData("group: thuc pham\n", "OCOP016")]
    public void Bad_buy_links_and_values_are_errors(string fields, string code)
    {
        var text = fields.StartsWith("group", StringComparison.Ordinal)
            ? ProductWith("").Replace("group: thuc-pham\n", fields)
            : ProductWith(fields);
        Assert.Equal(code, new ContentFixture().Write(Product, text).SingleError().Code);
    }

    [Fact]
    public void Every_error_of_a_build_is_reported_at_once()
    {
        var errors = new ContentFixture()
            .Write(Product, ProductWith("price: 80k\n").Replace("producer: htx-cam-tan", "producer: nobody"))
            .Write("chu-the/hai.md", "---\nname: Hai\n---\n")
            .Errors();
        Assert.Equal(["OCOP011", "OCOP013", "OCOP100"], errors.Select(e => e.Code).Order());
    }

    [Fact]
    public void Missing_photo_is_reported_with_a_suggestion()
    {
        var fixture = new ContentFixture().Write(Product, ProductWith("photos:\n  - file: anh-1.jpg\n"));
        File.WriteAllBytes(Path.Combine(fixture.ContentDirectory, "san-pham/che-lam/anh-01.jpg"), [0xFF, 0xD8]);
        var error = fixture.SingleError();
        Assert.Equal("OCOP030", error.Code);
        Assert.Contains("anh-01.jpg", error.Message());
    }

    [Fact]
    public void A_photo_path_may_not_leave_its_folder()
        => Assert.Equal("OCOP031", new ContentFixture().Write(Product, ProductWith("photos:\n  - ../../site.yml\n")).SingleError().Code);

    [Fact]
    public void Two_folders_with_the_same_slug_are_an_error_naming_both()
    {
        var error = new ContentFixture().Write("san-pham/Chè Lam/index.md", ProductWith("")).SingleError();
        Assert.Equal("OCOP111", error.Code);
        Assert.Contains("san-pham/che-lam/index.md", error.Message());
        Assert.Contains("san-pham/Chè Lam/index.md", error.Message());
    }

    [Fact]
    public void A_translation_may_not_repeat_shared_fields()
    {
        var error = new ContentFixture().Write("san-pham/che-lam/index.en.md", "---\nname: Che lam\nprice: 1000\n---\n").SingleError();
        Assert.Equal("OCOP020", error.Code);
        Assert.Equal("san-pham/che-lam/index.en.md", error.At.File);
        Assert.Equal(3, error.At.Line);
    }

    [Fact]
    public void Broken_markdown_link_is_reported_at_its_line_and_column()
    {
        var error = new ContentFixture().Write(Product, ProductWith("", "Dòng một.\n\nXem [chè lam](/san-pham/che-lm/).")).SingleError();
        Assert.Equal("OCOP112", error.Code);
        Assert.Equal(new Diagnostics.SourceSpan(Product, 15, 5), error.At);
        Assert.Contains("/san-pham/che-lam/", error.Message());
    }

    [Fact]
    public void Script_links_in_markdown_are_rejected()
        => Assert.Equal("OCOP024", new ContentFixture().Write(Product, ProductWith("", "[x](javascript:alert(1))")).SingleError().Code);
}
