using QRCoder;
using SkiaSharp;

namespace OcopShowcase.Assets.Posters;

/// <summary>
/// A QR code as vector shapes. QRCoder makes the module matrix (error correction level Q, which survives about a
/// quarter of the symbol being scratched or covered, and the standard 4-module quiet zone); each row's dark runs
/// become rectangles of one path, so the code prints sharp at any size and shows no seams between modules.
/// </summary>
public sealed class QrSymbol
{
    public const int QuietZoneModules = 4;

    private readonly List<System.Collections.BitArray> _rows;

    public QrSymbol(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        _rows = data.ModuleMatrix.ToList();
    }

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size => _rows.Count;

    public bool IsDark(int row, int column) => _rows[row][column];

    /// <summary>The dark modules in a square of <paramref name="side"/> points whose top-left corner (quiet zone included) is at x, y.</summary>
    public SKPath Path(float x, float y, float side)
    {
        var module = side / Size;
        var path = new SKPath { FillType = SKPathFillType.Winding };
        for (var row = 0; row < Size; row++)
        {
            var column = 0;
            while (column < Size)
            {
                if (!IsDark(row, column))
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < Size && IsDark(row, column))
                {
                    column++;
                }

                path.AddRect(new SKRect(x + start * module, y + row * module, x + column * module, y + (row + 1) * module));
            }
        }

        return path;
    }
}
