using CsCheck;
using OcopShowcase.Content;

namespace OcopShowcase.Tests.Content;

public class SlugifierTests
{
    [Theory]
    [InlineData("Chè lam Cẩm Tân", "che-lam-cam-tan")]
    [InlineData("Đà Nẵng", "da-nang")]
    [InlineData("ĐẶC SẢN Đường phèn", "dac-san-duong-phen")]
    [InlineData("  Mật ong -- rừng!! ", "mat-ong-rung")]
    [InlineData("Gạo nếp cái hoa vàng 2024", "gao-nep-cai-hoa-vang-2024")]
    [InlineData("Thổ cẩm Mường", "tho-cam-muong")]
    [InlineData("Ưu tiên, ơn, ữ", "uu-tien-on-u")]
    public void Makes_lowercase_ascii_slugs(string input, string expected)
        => Assert.Equal(expected, Slugifier.Slugify(input));

    [Fact]
    public void Folding_by_table_equals_the_folding_rule_for_any_text()
    {
        // Vietnamese in both normal forms, Latin with stray combining marks, punctuation, format characters, and
        // scripts outside the table (Greek, Cyrillic, Devanagari, Hangul) that must take the rule itself.
        var alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠĂẰẮẲẴẶ \t-–—.,;:!?'\"()[]/&#%₫€0123456789\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B\u200B\u200D\u202E\u00AD"
            + "İıßæøåÅ\u212BΆάσςЖжनि\u093C가\u1100\u1161";
        var text = CsCheck.Gen.String[CsCheck.Gen.Char[alphabet], 0, 40];
        CsCheck.Check.Sample(text, t =>
        {
            Assert.Equal(Slugifier.FoldByRule(t), Slugifier.Fold(t));
            Assert.Equal(Slugifier.FoldByRule(t.Normalize(System.Text.NormalizationForm.FormD)), Slugifier.Fold(t.Normalize(System.Text.NormalizationForm.FormD)));
        }, iter: 20_000);
    }

    [Fact]
    public void A_text_taken_as_a_slug_already_is_the_slug_the_rule_builds()
    {
        // Texts near slugs: leading, trailing and doubled hyphens, capitals, marks, and lengths about the limit.
        var near = CsCheck.Gen.String[CsCheck.Gen.Char["abz09-Aà "], 0, 90];
        var slugs = CsCheck.Gen.String[CsCheck.Gen.Char["abz09"], 1, 12].Array[1, 9].Select(words => string.Join('-', words));
        CsCheck.Check.Sample(CsCheck.Gen.OneOf(near, slugs), text => Assert.Equal(Slugifier.Build(text), Slugifier.Slugify(text)), iter: 20_000);
    }

    [Fact]
    public void Nfd_input_gives_the_same_slug_as_nfc()
    {
        var nfc = "Chè lam Cẩm Tân";
        var nfd = nfc.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(Slugifier.Slugify(nfc), Slugifier.Slugify(nfd));
    }

    [Theory]
    [InlineData("che\u200Blam", "chelam")]
    [InlineData("\u202Eche lam", "che-lam")]
    [InlineData("---", "")]
    [InlineData("", "")]
    public void Invisible_and_empty_input(string input, string expected)
        => Assert.Equal(expected, Slugifier.Slugify(input));

    [Fact]
    public void Fold_keeps_spacing_and_removes_marks()
        => Assert.Equal("dac san cam tan", Slugifier.Fold("Đặc sản Cẩm Tân"));
}
