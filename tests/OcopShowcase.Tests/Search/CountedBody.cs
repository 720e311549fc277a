using OcopShowcase.Assets.Search;

namespace OcopShowcase.Tests.Search;

/// <summary>A body read from its "source" by key (<see cref="SearchBody"/>), counting its reads.</summary>
internal sealed class CountedBody
{
    /// <param name="keyHolds">False for a body whose file was saved while it was read (<see cref="SearchBody.KeyHolds"/>).</param>
    public CountedBody(string hash, string words, bool keyHolds = true)
    {
        Body = new SearchBody(hash, "markdown", limit =>
        {
            Reads++;
            return SearchText.FirstTokens(words, limit);
        }, () => keyHolds);
    }

    public SearchBody Body { get; }

    public int Reads { get; private set; }
}
