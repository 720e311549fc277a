using CsCheck;
using OcopShowcase.Site;

namespace OcopShowcase.Tests.Site;

public class SiteFactsTests
{
    /// <summary>
    /// Product names are sorted by their sort keys, made once each, not by comparing the strings with the culture's
    /// comparer at every step: both must put any two names in the same order, in every language the site has, for
    /// names as staff type them (Vietnamese letters with their marks, composed or not, capitals, digits, spaces,
    /// punctuation).
    /// </summary>
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void A_names_sort_key_orders_it_as_the_cultures_comparer_does(string code)
    {
        var language = new Language(code, code == "vi");
        var comparer = StringComparer.Create(language.Culture, false);
        var letter = Gen.OneOf(Gen.Char["aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"], Gen.OneOf(
            Gen.Const('\u0300'), Gen.Const('\u0301'), Gen.Const('\u0303'), Gen.Const('\u0309'), Gen.Const('\u0323'),
            Gen.Const('á'), Gen.Const('à'), Gen.Const('ả'), Gen.Const('ã'), Gen.Const('ạ'), Gen.Const('ế'), Gen.Const('ự'),
            Gen.Const(' '), Gen.Const('-'), Gen.Const('0'), Gen.Const('9'), Gen.Const('\''), Gen.Const('.')));
        var name = letter.Array[0, 12].Select(chars => new string(chars));

        Gen.Select(name, name).Sample(pair =>
        {
            var (a, b) = pair;
            var expected = Math.Sign(comparer.Compare(a, b));
            var actual = Math.Sign(SiteFacts.NameOrder.Compare(SiteFacts.NameSortKey(a, language), SiteFacts.NameSortKey(b, language)));
            Assert.True(expected == actual, $"\"{a}\" against \"{b}\": the comparer says {expected}, the sort keys {actual}");
        }, iter: 20_000);
    }
}
