using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsExtract.Learning;

/// <summary>
/// The open-addressing table of a <see cref="LinearModel"/>, with linear probing. Two arrays in native memory:
/// <list type="bullet">
/// <item>the slots, 16 bytes each, the first on a 2 MB boundary (no slot crosses a cache line; on Linux the block is
/// offered to the kernel for huge pages, so lookups spread over many megabytes do not also miss the TLB);</item>
/// <item>one tag byte per slot (0: empty; else a 7-bit fingerprint of the key with the high bit set), a tenth of the
/// slots' size, small enough to stay in the processor's cache. A lookup compares 16 tags at once and reads a slot only
/// where the fingerprint matches: a feature the model lacks (a third of a parser's lookups) usually touches no slot.</item>
/// </list>
/// A key's home slot is its hash scaled to the capacity (a multiply and a shift), so the table is sized to a load of at
/// most 0.75. The memory is freed when the table is collected; models are loaded once and live as long as the process.
/// </summary>
internal sealed unsafe class SlotTable
{
    private const int HugePage = 2 << 20;
    private const int Group = 16;
    private const int AdviseHugePage = 14;

    private readonly LinearModel.Slot* _slots;
    private readonly byte* _tags;

    /// <summary>Makes an empty table for <paramref name="count"/> keys.</summary>
    public SlotTable(int count)
    {
        Capacity = Math.Max(Group, (int)Math.Min(int.MaxValue / 32, (count * 4L + 2) / 3));
        nuint bytes = (nuint)Capacity * (nuint)sizeof(LinearModel.Slot);
        bool huge = bytes >= HugePage;
        nuint size = huge ? (bytes + HugePage - 1) / HugePage * HugePage : bytes;
        _slots = (LinearModel.Slot*)NativeMemory.AlignedAlloc(size, huge ? (nuint)HugePage : 64);
        if (huge && OperatingSystem.IsLinux())
        {
            OfferHugePages(_slots, size);
        }

        NativeMemory.Clear(_slots, size);

        // Tags are read 16 at a time from any slot: the last 16 repeat the first, so a group that wraps reads on.
        _tags = (byte*)NativeMemory.AlignedAlloc((nuint)(Capacity + Group), 64);
        NativeMemory.Clear(_tags, (nuint)(Capacity + Group));
        GC.AddMemoryPressure((long)size + Capacity);
        MemoryPressure = (long)size + Capacity;
    }

    ~SlotTable()
    {
        NativeMemory.AlignedFree(_slots);
        NativeMemory.AlignedFree(_tags);
        GC.RemoveMemoryPressure(MemoryPressure);
    }

    /// <summary>Gets the number of slots.</summary>
    public int Capacity { get; }

    private long MemoryPressure { get; }

    /// <summary>Gets slot <paramref name="index"/>.</summary>
    public ref LinearModel.Slot this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _slots[index];
    }

    /// <summary>Claims the slot of a key not yet in the table (the key must not be 0) and returns it, key set.</summary>
    public ref LinearModel.Slot Insert(uint key)
    {
        int index = Home(key);
        while (_tags[index] != 0)
        {
            index = index + 1 == Capacity ? 0 : index + 1;
        }

        byte tag = Tag(key);
        _tags[index] = tag;
        if (index < Group)
        {
            _tags[Capacity + index] = tag;
        }

        ref LinearModel.Slot slot = ref _slots[index];
        slot.Key = key;
        GC.KeepAlive(this);
        return ref slot;
    }

    /// <summary>Sets <paramref name="found"/>[i] to the slot of feature i, or -1 where it has no weights.</summary>
    /// <remarks>
    /// Three passes, so that the cache misses of all the features overlap instead of coming one after the other: the
    /// first asks for every feature's group of tags, the second compares tags and asks for each candidate slot, the
    /// third confirms the candidates' keys. No load in a pass depends on another load of the same pass.
    /// </remarks>
    public void Find(ReadOnlySpan<uint> features, Span<int> found)
    {
        for (int i = 0; i < features.Length; i++)
        {
            int home = Home(LinearModel.Key(features[i]));
            found[i] = home;
            Prefetch(_tags + home);
        }

        // The first slot from home whose tag matches, before the first empty one; no match means the key is absent.
        for (int i = 0; i < features.Length; i++)
        {
            int home = found[i];
            var tags = Vector128.Load(_tags + home);
            uint match = Vector128.Equals(tags, Vector128.Create(Tag(LinearModel.Key(features[i])))).ExtractMostSignificantBits();
            uint empty = Vector128.Equals(tags, Vector128<byte>.Zero).ExtractMostSignificantBits();
            uint candidates = match & (empty == 0 ? 0xFFFFu : (empty & (0u - empty)) - 1);
            int index = home + BitOperations.TrailingZeroCount(candidates | 0x10000u);
            index = index >= Capacity ? index - Capacity : index;
            Prefetch(_slots + index);

            // -1: absent; -2 - index: no candidate in a full group, scan on.
            found[i] = candidates != 0 ? index : empty != 0 ? -1 : -2 - index;
        }

        // Confirm, and scan on where a fingerprint lied or the group had no empty slot (rare).
        for (int i = 0; i < features.Length; i++)
        {
            int index = found[i];
            if (index == -1)
            {
                continue;
            }

            uint key = LinearModel.Key(features[i]);
            if (index < 0 || _slots[index].Key != key)
            {
                found[i] = Scan(key);
            }
        }

        GC.KeepAlive(this);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch(void* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }

    /// <summary>Finds a key by plain linear probing from its home slot.</summary>
    private int Scan(uint key)
    {
        byte tag = Tag(key);
        int index = Home(key);
        while (true)
        {
            byte t = _tags[index];
            if (t == 0)
            {
                return -1;
            }

            if (t == tag && _slots[index].Key == key)
            {
                return index;
            }

            index = index + 1 == Capacity ? 0 : index + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint key) => (int)(((ulong)key * (uint)Capacity) >> 32);

    /// <summary>The low 7 bits of the key (the home slot comes from its high bits), high bit set: never 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Tag(uint key) => (byte)(key | 0x80);

    /// <summary>Asks Linux to back the block with huge pages; only advice, so a C library without it changes nothing.</summary>
    private static void OfferHugePages(void* block, nuint size)
    {
        try
        {
            _ = Advise(block, size, AdviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl or an unusual libc: ordinary pages.
        }
    }

    [DllImport("libc.so.6", EntryPoint = "madvise")]
    private static extern int Advise(void* address, nuint length, int advice);
}
