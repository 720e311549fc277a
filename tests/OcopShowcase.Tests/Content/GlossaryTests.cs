namespace OcopShowcase.Tests.Content;

/// <summary>content/glossary.&lt;lang&gt;.yml is read strictly: every problem is an error at its file and line.</summary>
public class GlossaryTests
{
    private const string Glossary = "glossary.en.yml";

    private static ContentFixture WithGlossary(string yaml) => new ContentFixture().Write(Glossary, yaml);

    [Fact]
    public void A_well_formed_glossary_builds_and_translates_the_issuing_body_on_english_pages()
    {
        var fixture = WithGlossary("# comment\nUBND tỉnh Thanh Hóa: Thanh Hóa Provincial People's Committee\n");
        Assert.Empty(fixture.Errors());
        var result = fixture.Build();
        var page = result.Files.Single(f => f.Path == "en/san-pham/che-lam/index.html");
        var html = System.Text.Encoding.UTF8.GetString(page.Bytes!);
        Assert.Contains("<dd lang=\"en\">Thanh Hóa Provincial People&#39;s Committee</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_not_in_the_content_is_an_error_at_its_line_with_the_closest_value()
    {
        var error = WithGlossary("UBND tỉnh Thanh Hóa: Thanh Hóa Provincial People's Committee\nUBND tinh Thanh Hoa: typo\n").SingleError();
        Assert.Equal(("OCOP131", Glossary, 2, 1), (error.Code, error.At.File, error.At.Line, error.At.Column));
        Assert.Equal("UBND tỉnh Thanh Hóa", error.Suggestion);
    }

    [Fact]
    public void A_translation_that_is_not_one_line_of_text_is_an_error()
    {
        var error = WithGlossary("UBND tỉnh Thanh Hóa:\n  - Thanh Hóa\n").SingleError();
        Assert.Equal(("OCOP130", 2), (error.Code, error.At.Line));
        Assert.Equal("OCOP130", WithGlossary("UBND tỉnh Thanh Hóa: \"\"\n").SingleError().Code);
    }

    [Fact]
    public void A_list_instead_of_term_lines_is_an_error()
        => Assert.Equal("OCOP133", WithGlossary("- UBND tỉnh Thanh Hóa\n").SingleError().Code);

    [Fact]
    public void A_glossary_for_a_language_the_site_does_not_have_is_an_error()
    {
        var error = new ContentFixture().Write("glossary.fr.yml", "UBND tỉnh Thanh Hóa: Comité\n").SingleError();
        Assert.Equal(("OCOP132", "glossary.fr.yml"), (error.Code, error.At.File));
    }

    [Fact]
    public void A_duplicate_term_is_an_error()
        => Assert.Equal("OCOP005", WithGlossary("UBND tỉnh Thanh Hóa: A\nUBND tỉnh Thanh Hóa: B\n").SingleError().Code);
}
