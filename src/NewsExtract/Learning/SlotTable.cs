using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsExtract.Learning;

/// <summary>
/// The open-addressing table of a <see cref="LinearModel"/>: 16-byte slots in one pinned block whose first slot sits on
/// a 64-byte boundary, so every slot lies inside one cache line. A key's home slot is its hash scaled to the capacity
/// (a multiply and a shift, no power-of-two rounding), so the table is sized to a load of at most 0.75; collisions
/// probe linearly.
/// </summary>
internal sealed class SlotTable
{
    private const int LineBytes = 64;

    private readonly byte[] _block;
    private readonly int _offset;

    /// <summary>Makes an empty table for <paramref name="count"/> keys.</summary>
    public SlotTable(int count)
    {
        Capacity = Math.Max(16, (int)Math.Min(int.MaxValue / 32, (count * 4L + 2) / 3));
        int bytes = Capacity * Unsafe.SizeOf<LinearModel.Slot>();
        _block = GC.AllocateArray<byte>(bytes + LineBytes, pinned: true);
        nint address = AddressOf(_block);
        _offset = (int)((LineBytes - (address & (LineBytes - 1))) & (LineBytes - 1));
    }

    /// <summary>Gets the number of slots.</summary>
    public int Capacity { get; }

    /// <summary>Gets slot <paramref name="index"/>.</summary>
    public ref LinearModel.Slot this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref First, index);
    }

    private ref LinearModel.Slot First =>
        ref Unsafe.As<byte, LinearModel.Slot>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_block), _offset));

    /// <summary>Claims the slot of a key not yet in the table (the key must not be 0) and returns it, key set.</summary>
    public ref LinearModel.Slot Insert(uint key)
    {
        int index = Home(key);
        while (this[index].Key != 0)
        {
            index = index + 1 == Capacity ? 0 : index + 1;
        }

        ref LinearModel.Slot slot = ref this[index];
        slot.Key = key;
        return ref slot;
    }

    /// <summary>Sets <paramref name="found"/>[i] to the slot of feature i, or -1 where it has no weights.</summary>
    public void Find(ReadOnlySpan<uint> features, Span<int> found)
    {
        ref LinearModel.Slot first = ref First;
        Span<uint> seen = features.Length <= 256 ? stackalloc uint[features.Length] : new uint[features.Length];

        // Pass 1: read each home slot's key. No load depends on another and no branch on what is read, so the cache
        // misses overlap instead of coming one after the other.
        for (int i = 0; i < features.Length; i++)
        {
            int home = Home(LinearModel.Key(features[i]));
            found[i] = home;
            seen[i] = Unsafe.Add(ref first, home).Key;
        }

        // Pass 2: compare, and probe on from the home slot where another key sits there.
        for (int i = 0; i < features.Length; i++)
        {
            uint key = LinearModel.Key(features[i]);
            uint k = seen[i];
            if (k == key)
            {
                continue;
            }

            int index = found[i];
            found[i] = -1;
            while (k != 0)
            {
                index = index + 1 == Capacity ? 0 : index + 1;
                k = Unsafe.Add(ref first, index).Key;
                if (k == key)
                {
                    found[i] = index;
                    break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint key) => (int)(((ulong)key * (uint)Capacity) >> 32);

    private static unsafe nint AddressOf(byte[] pinned) => (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
}
