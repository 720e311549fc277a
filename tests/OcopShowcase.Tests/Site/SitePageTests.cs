using OcopShowcase.Site;

namespace OcopShowcase.Tests.Site;

public class SitePageTests
{
    [Fact]
    public void A_page_is_written_to_the_file_its_address_names_and_a_copy_with_another_address_to_that_one()
    {
        var page = new SitePage(PageKey.Site("home"), new Language("vi", true), "/", new HomeSubject(), null);
        var product = page with { Url = "/san-pham/n%C3%A9m/" };
        var feed = page with { Url = "/feed.xml" };

        Assert.Equal("index.html", page.OutputPath);
        Assert.Equal("san-pham/ném/index.html", product.OutputPath);
        Assert.Equal("feed.xml", feed.OutputPath);
    }
}
