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
