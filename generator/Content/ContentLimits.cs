namespace OcopShowcase.Content;

/// <summary>
/// Every limit the generator puts on content, in one place. Content arrives by pull request and is treated as hostile:
/// each limit stops a file that would otherwise crash the process (a stack overflow cannot be caught in .NET), hang it
/// or make it repeat a huge value across thousands of pages. Each is reported with its own code and documented in the
/// editors' guide (the error table quotes these values).
/// </summary>
public static class ContentLimits
{
    /// <summary>A Markdown or YAML file, in bytes (OCOP051). The longest sample page is under 10 KB.</summary>
    public const int MaxFileBytes = 512 * 1024;

    /// <summary>A name or title, in characters (OCOP052).</summary>
    public const int MaxNameLength = 1_000;

    /// <summary>A summary, repeated on pages, cards, posters, search and structured data, in characters (OCOP052).</summary>
    public const int MaxSummaryLength = 2_000;

    /// <summary>Any other one-line field (phone, address, link, note…), in characters (OCOP052).</summary>
    public const int MaxFieldLength = 2_000;

    /// <summary>
    /// How deep Markdown may nest: quotes, lists, links and emphasis inside one another (OCOP053). Markdig parses and
    /// renders recursively and overflows the stack somewhere past a few thousand levels; real pages use three.
    /// </summary>
    public const int MaxMarkdownNesting = 32;

    /// <summary>How deep YAML lists and mappings may nest (OCOP054); YamlDotNet loads recursively. Front matter uses three.</summary>
    public const int MaxYamlNesting = 32;

    /// <summary>
    /// How many values a YAML block may hold once every alias (<c>*name</c>) is expanded (OCOP055): a few aliases of
    /// aliases multiply into billions ("billion laughs"), which comparing keys or reading values would walk.
    /// </summary>
    public const int MaxYamlExpandedValues = 10_000;

    /// <summary>
    /// A file name in a page bundle, in UTF-8 bytes (OCOP058). File systems allow 255; a photo's derivatives add
    /// "-1600.0123456789.webp" (21 bytes) to its name, and the staging folder may add more.
    /// </summary>
    public const int MaxFileNameBytes = 200;

    /// <summary>The first year a date may carry (OCOP059): OCOP began in 2018; older dates are typing mistakes.</summary>
    public const int MinYear = 2000;

    /// <summary>The last year a date may carry (OCOP059), far enough for any validity period to be computed from it.</summary>
    public const int MaxYear = 2100;

    /// <summary>How many characters of a value a message repeats before cutting it with "…".</summary>
    public const int MaxEchoedLength = 200;

    /// <summary>How many bad characters (OCOP050) one file reports before the rest are counted in silence.</summary>
    public const int MaxReportedCharacters = 10;

    /// <summary>The longest a field may be: names and titles, summaries, or anything else.</summary>
    public static int MaxLengthOf(string key) => key switch
    {
        "name" or "title" => MaxNameLength,
        "summary" => MaxSummaryLength,
        _ => MaxFieldLength,
    };
}
