namespace OcopShowcase.Output;

/// <summary>
/// A page's positions (ascending) in one of the manifest's tables, the addresses it links to or what it read, as the
/// manifest stores them: the gaps between them as variable-length integers. A national catalogue's manifest holds
/// millions of positions, most of them a byte each.
/// </summary>
public static class LinkPositions
{
    public static byte[] Encode(ReadOnlySpan<int> ascending)
    {
        // At most five bytes a gap; every page of every build is encoded, so the bytes are gathered in a pooled buffer.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, ascending.Length * 5));
        try
        {
            var length = 0;
            var last = 0;
            foreach (var position in ascending)
            {
                var gap = (uint)(position - last);
                last = position;
                for (; gap >= 0x80; gap >>= 7)
                {
                    buffer[length++] = (byte)(gap | 0x80);
                }

                buffer[length++] = (byte)gap;
            }

            return buffer[..length];
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The positions, or null when the bytes are not what <see cref="Encode"/> writes for positions below <paramref name="count"/>.</summary>
    public static int[]? Decode(ReadOnlySpan<byte> bytes, int count)
    {
        // Every position ends with the one byte below 0x80: counted first, the array is made once at its size (a
        // national catalogue's manifest decodes 170,000 of them on every edit build).
        var values = 0;
        foreach (var b in bytes)
        {
            values += b < 0x80 ? 1 : 0;
        }

        var positions = new int[values];
        long position = 0;
        var n = 0;
        for (var i = 0; i < bytes.Length;)
        {
            long gap = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (i == bytes.Length || shift > 28)
                {
                    return null;
                }

                var b = bytes[i++];
                gap |= (long)(b & 0x7f) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            position += gap;
            if (position >= count)
            {
                return null;
            }

            positions[n++] = (int)position;
        }

        return positions;
    }
}
