using CsCheck;
using OcopShowcase.Output;

namespace OcopShowcase.Tests.Output;

/// <summary>The manifest's compact link positions read back as written, and damaged bytes read as nothing, never as positions out of range.</summary>
public class LinkPositionsTests
{
    [Fact]
    public void Positions_read_back_as_written()
        => Gen.Int[0, 2_000_000].HashSet[0, 300].Sample(set =>
        {
            var ascending = set.Order().ToArray();
            Assert.Equal(ascending, LinkPositions.Decode(LinkPositions.Encode(ascending), 2_000_001));
        });

    [Fact]
    public void Any_bytes_read_as_nothing_or_as_ascending_positions_within_the_table()
        => Gen.Byte.Array[0, 40].Sample(bytes =>
        {
            var positions = LinkPositions.Decode(bytes, 1000);
            Assert.True(positions is null || positions.All(p => p is >= 0 and < 1000) && positions.SequenceEqual(positions.Order()));
        });

    [Fact]
    public void A_position_past_the_table_is_refused()
        => Assert.Null(LinkPositions.Decode(LinkPositions.Encode([3, 70_000]), 70_000));
}
