using System.Buffers;
using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace OcopShowcase.Output;

/// <summary>
/// A file's bytes mapped read-only into memory (<see cref="SealedFile.Read"/>), as <see cref="Memory"/>. The mapping
/// is undone when its reader is done with every slice of it (<see cref="SealedFile.Release"/>), or when the process
/// ends: never by a finalizer, which could run while a span of the bytes is still being read.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly int _length;
    private int _released;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        _file = file;
        _view = view;
        _length = length;
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _start = start + view.PointerOffset;
    }

    /// <summary>
    /// Maps the first <paramref name="length"/> bytes of the open file <paramref name="handle"/> (which may then be
    /// closed); null where its file system cannot map files, to be read instead.
    /// </summary>
    public static MappedFile? Of(SafeFileHandle handle, int length)
    {
        MemoryMappedFile file;
        try
        {
            file = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        }
        catch (IOException)
        {
            return null;
        }

        try
        {
            return new MappedFile(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
        }
        catch (IOException)
        {
            file.Dispose();
            return null;
        }
    }

    /// <summary>Whether the mapping has been undone (its bytes may no longer be read).</summary>
    internal bool IsReleased => Volatile.Read(ref _released) == 1;

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}
