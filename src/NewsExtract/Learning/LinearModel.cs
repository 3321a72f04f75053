using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsExtract.Learning;

/// <summary>
/// The weights of a trained multi-class linear model (an averaged perceptron), sparse by feature: an open-addressing
/// table of 16-byte slots, aligned so that no slot crosses a cache line, maps a feature id to its weights, kept as
/// half-precision bits. A model of at most four classes (the parser's transitions) keeps all its weights in the slot;
/// a larger one keeps up to three (class, weight) entries there and longer runs in a side array, so most lookups
/// touch one cache line. Immutable and safe to share between threads.
/// </summary>
internal sealed class LinearModel
{
    private const int DenseClasses = 4;
    private const int InlineEntries = 3;
    private const ushort NoClass = 0xFFFF;
    private const ushort Overflow = 0xFFFE;

    /// <summary>Dense rows and score sums are padded to a multiple of this many classes (one load of eight halves).</summary>
    private const int RowStep = 8;

    /// <summary>A feature with at least this many weights keeps them as a dense row, added with vector instructions.</summary>
    private const int DenseRunLength = 12;

    /// <summary>More features than any model here has by far: a file that claims more is corrupt.</summary>
    private const int MaxFeatures = 1 << 26;

    private readonly SlotTable _table;
    private readonly int _padded;
    private readonly bool _dense;
    private uint[] _runs = [];
    private ushort[] _rows = [];

    /// <summary>
    /// One slot: the key, then either four half weights (a dense model) or three entries, each a class in the low
    /// 16 bits and a half weight in the high 16 (class 0xFFFF: no entry; class 0xFFFE in A: B and C locate a run).
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    internal struct Slot
    {
        public uint Key;
        public uint A;
        public uint B;
        public uint C;
    }

    /// <summary>Builds the table.</summary>
    /// <param name="classCount">How many classes the model scores.</param>
    /// <param name="features">The feature ids, distinct; none may be 0 (the empty-slot marker) — 0 is remapped.</param>
    /// <param name="runStarts">For feature k, its entries are <paramref name="classes"/>[runStarts[k]..runStarts[k + 1]].</param>
    /// <param name="classes">Class of each entry.</param>
    /// <param name="weights">Weight of each entry; weights that round to 0 in half precision are left out.</param>
    public LinearModel(int classCount, uint[] features, int[] runStarts, ushort[] classes, float[] weights)
        : this(classCount, features.Length)
    {
        var builder = new Builder(this);
        for (int k = 0; k < features.Length; k++)
        {
            for (int e = runStarts[k]; e < runStarts[k + 1]; e++)
            {
                builder.Entry(classes[e], HalfBits.From(weights[e]));
            }

            builder.EndFeature(Key(features[k]));
        }

        builder.Finish();
    }

    private LinearModel(int classCount, int featureCount)
    {
        ClassCount = classCount;
        _dense = classCount <= DenseClasses;
        _padded = (classCount + RowStep - 1) / RowStep * RowStep;
        _table = new SlotTable(featureCount);
    }

    /// <summary>Gets the number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Gets the number of features with weights.</summary>
    public int FeatureCount { get; private set; }

    /// <summary>Sets <paramref name="scores"/> to the sum of the weights of <paramref name="features"/>.</summary>
    /// <remarks>
    /// The table is searched for every feature at once (<see cref="SlotTable.Find"/>), so the cache misses overlap; then
    /// the weights are added from lines that are by then in cache. Each class sums its weights in the order of
    /// <paramref name="features"/>.
    /// </remarks>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<int> found = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        _table.Find(features, found);
        Accumulate(found, scores);
    }

    /// <summary>The most features <see cref="ScoreEach"/> looks up in one search.</summary>
    public const int BatchFeatures = 1024;

    /// <summary>
    /// Scores several groups of features in one search of the table: group g is <paramref name="features"/>
    /// [ends[g - 1]..ends[g]], and its scores go to <paramref name="scores"/>[g * ClassCount..]. Gives what
    /// <see cref="Score"/> gives for each group, with the misses of many groups overlapping.
    /// </summary>
    public void ScoreEach(ReadOnlySpan<uint> features, ReadOnlySpan<int> ends, Span<float> scores)
    {
        Span<int> found = stackalloc int[BatchFeatures];
        int g = 0;
        int start = 0;
        while (g < ends.Length)
        {
            int last = g;
            while (last + 1 < ends.Length && ends[last + 1] - start <= BatchFeatures)
            {
                last++;
            }

            if (ends[last] - start > BatchFeatures)
            {
                Score(features[start..ends[g]], scores.Slice(g * ClassCount, ClassCount));
                start = ends[g++];
                continue;
            }

            Span<int> batch = found[..(ends[last] - start)];
            _table.Find(features[start..ends[last]], batch);
            for (; g <= last; g++)
            {
                Accumulate(batch[..(ends[g] - start)], scores.Slice(g * ClassCount, ClassCount));
                batch = batch[(ends[g] - start)..];
                start = ends[g];
            }
        }
    }

    /// <summary>Sets <paramref name="scores"/> to the sum of the weights in the slots <paramref name="found"/> (-1: none).</summary>
    private void Accumulate(ReadOnlySpan<int> found, Span<float> scores)
    {
        scores.Clear();
        if (_dense)
        {
            ScoreDense(found, scores);
            return;
        }

        PrefetchOverflow(found);
        Span<float> sums = stackalloc float[_padded];
        sums.Clear();
        foreach (int index in found)
        {
            if (index < 0)
            {
                continue;
            }

            ref Slot s = ref _table[index];
            if ((ushort)s.A != Overflow)
            {
                AddEntry(s.A, sums);
                AddEntry(s.B, sums);
                AddEntry(s.C, sums);
            }
            else if (s.C == uint.MaxValue)
            {
                AddRow(_rows.AsSpan((int)s.B, _padded), sums);
            }
            else
            {
                foreach (uint entry in _runs.AsSpan((int)s.B, (int)s.C))
                {
                    sums[(ushort)entry] += HalfBits.NonZeroToFloat(entry >> 16);
                }
            }
        }

        sums[..scores.Length].CopyTo(scores);
    }

    /// <summary>Asks for the rows and runs kept outside the slots before any is added, so their misses overlap.</summary>
    private unsafe void PrefetchOverflow(ReadOnlySpan<int> found)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            return;
        }

        fixed (ushort* rows = _rows)
        fixed (uint* runs = _runs)
        {
            foreach (int index in found)
            {
                if (index < 0)
                {
                    continue;
                }

                ref Slot s = ref _table[index];
                if ((ushort)s.A == Overflow)
                {
                    void* at = s.C == uint.MaxValue ? rows + s.B : runs + s.B;
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(at);
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0((byte*)at + 64);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddEntry(uint entry, Span<float> sums)
    {
        ushort cls = (ushort)entry;
        if (cls != NoClass)
        {
            sums[cls] += HalfBits.NonZeroToFloat(entry >> 16);
        }
    }

    /// <summary>Adds a dense row of half weights, eight at a time: each class still sums its features in the same order.</summary>
    private static void AddRow(ReadOnlySpan<ushort> row, Span<float> sums)
    {
        ref ushort r = ref MemoryMarshal.GetReference(row);
        ref float a = ref MemoryMarshal.GetReference(sums);
        if (Vector256.IsHardwareAccelerated)
        {
            for (int i = 0; i < row.Length; i += RowStep)
            {
                Vector256<float> weights = HalfBits.ToFloats256(Vector128.LoadUnsafe(ref r, (nuint)i));
                Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref a, (nuint)i) + weights, ref a, (nuint)i);
            }

            return;
        }

        for (int i = 0; i < row.Length; i += RowStep)
        {
            (Vector128<float> low, Vector128<float> high) = HalfBits.ToFloats(Vector128.LoadUnsafe(ref r, (nuint)i));
            Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref a, (nuint)i) + low, ref a, (nuint)i);
            Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref a, (nuint)i + 4) + high, ref a, (nuint)i + 4);
        }
    }

    private void ScoreDense(ReadOnlySpan<int> found, Span<float> scores)
    {
        Vector128<float> sums = Vector128<float>.Zero;
        foreach (int index in found)
        {
            if (index >= 0)
            {
                ref Slot s = ref _table[index];
                sums += HalfBits.ToFloats(s.A | ((ulong)s.B << 32));
            }
        }

        Span<float> all = stackalloc float[DenseClasses];
        sums.CopyTo(all);
        all[..scores.Length].CopyTo(scores);
    }

    /// <summary>Returns the class with the highest score (the first on a tie).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float bestScore = scores[0];
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > bestScore)
            {
                bestScore = scores[c];
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// Writes the model's weights: class count, then each feature with its run, in table order (a model of up to four
    /// classes writes every class's weight, with no class ids). Weights are stored as half-precision floats.
    /// </summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        var entries = new List<(ushort Class, ushort Half)>();
        for (int index = 0; index < _table.Capacity; index++)
        {
            ref Slot s = ref _table[index];
            if (s.Key == 0)
            {
                continue;
            }

            writer.Write(s.Key);
            if (_dense)
            {
                ulong packed = s.A | ((ulong)s.B << 32);
                for (int c = 0; c < ClassCount; c++)
                {
                    writer.Write((ushort)(packed >> (16 * c)));
                }

                continue;
            }

            Entries(in s, entries);
            writer.Write((ushort)entries.Count);
            foreach ((ushort cls, ushort half) in entries)
            {
                writer.Write(cls);
                writer.Write(half);
            }
        }
    }

    /// <summary>The (class, half weight) entries of a slot of a sparse model, in class order for a dense row.</summary>
    private void Entries(in Slot s, List<(ushort Class, ushort Half)> entries)
    {
        entries.Clear();
        if ((ushort)s.A != Overflow)
        {
            foreach (uint entry in (ReadOnlySpan<uint>)[s.A, s.B, s.C])
            {
                if ((ushort)entry != NoClass)
                {
                    entries.Add(((ushort)entry, (ushort)(entry >> 16)));
                }
            }
        }
        else if (s.C == uint.MaxValue)
        {
            for (int c = 0; c < ClassCount; c++)
            {
                ushort half = _rows[(int)s.B + c];
                if (half != 0)
                {
                    entries.Add(((ushort)c, half));
                }
            }
        }
        else
        {
            foreach (uint entry in _runs.AsSpan((int)s.B, (int)s.C))
            {
                entries.Add(((ushort)entry, (ushort)(entry >> 16)));
            }
        }
    }

    /// <summary>Returns a copy without the weights smaller than <paramref name="threshold"/> in magnitude.</summary>
    internal LinearModel Pruned(float threshold)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return Read(reader, threshold);
    }

    /// <summary>Reads weights written by <see cref="Write"/>, from a reader over a <see cref="MemoryStream"/> (what
    /// <see cref="ModelFile.Open"/> gives): the entries are parsed straight from its buffer.</summary>
    /// <exception cref="InvalidDataException">A class is out of range, or the data ends early.</exception>
    internal static LinearModel Read(BinaryReader reader) => Read(reader, 0);

    private static LinearModel Read(BinaryReader reader, float threshold)
    {
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        if (classCount is <= 0 or > NoClass - 1 || featureCount is < 0 or > MaxFeatures)
        {
            throw new InvalidDataException(Errors.ModelCorrupt("weights"));
        }

        if (reader.BaseStream is not MemoryStream memory || !memory.TryGetBuffer(out ArraySegment<byte> buffer))
        {
            throw new ArgumentException("The weights are read from a reader over a MemoryStream whose buffer is visible.", nameof(reader));
        }

        var model = new LinearModel(classCount, featureCount);
        var builder = new Builder(model);
        memory.Position += ReadEntries(buffer.AsSpan((int)memory.Position), classCount, featureCount, threshold, builder);
        builder.Finish();
        return model;
    }

    /// <summary>
    /// Reads the features and their weights (the layout <see cref="Write"/> gives) from a buffer, keeping the stored
    /// half bits as they are (a subnormal half is 0; weights below <paramref name="threshold"/> in magnitude are left
    /// out), and returns the number of bytes read.
    /// </summary>
    private static int ReadEntries(ReadOnlySpan<byte> data, int classCount, int featureCount, float threshold, Builder builder)
    {
        bool dense = classCount <= DenseClasses;
        int at = 0;
        try
        {
            for (int k = 0; k < featureCount; k++)
            {
                uint feature = BinaryPrimitives.ReadUInt32LittleEndian(data[at..]);
                at += 4;
                int n = dense ? classCount : BinaryPrimitives.ReadUInt16LittleEndian(data[at..]);
                at += dense ? 0 : 2;
                for (int e = 0; e < n; e++)
                {
                    ushort c = (ushort)e;
                    if (!dense)
                    {
                        c = BinaryPrimitives.ReadUInt16LittleEndian(data[at..]);
                        at += 2;
                        if (c >= classCount)
                        {
                            throw new InvalidDataException(Errors.ModelCorrupt("weights"));
                        }
                    }

                    ushort half = BinaryPrimitives.ReadUInt16LittleEndian(data[at..]);
                    at += 2;
                    if ((half & 0x7C00) != 0 && Math.Abs(HalfBits.ToFloat(half)) >= threshold)
                    {
                        builder.Entry(c, half);
                    }
                }

                builder.EndFeature(Key(feature));
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InvalidDataException(Errors.ModelCorrupt("weights"));
        }

        return at;
    }

    /// <summary>Fills a model's table one feature at a time; a feature with no weight left is not stored.</summary>
    private sealed class Builder(LinearModel model)
    {
        private readonly List<uint> _runs = [];
        private readonly List<ushort> _rows = [];
        private readonly List<(ushort Class, ushort Half)> _entries = [];

        public void Entry(ushort cls, ushort half)
        {
            if (half != 0)
            {
                _entries.Add((cls, half));
            }
        }

        public void EndFeature(uint key)
        {
            if (_entries.Count == 0)
            {
                return;
            }

            ref Slot slot = ref model._table.Insert(key);
            model.FeatureCount++;
            if (model._dense)
            {
                ulong packed = 0;
                foreach ((ushort cls, ushort half) in _entries)
                {
                    packed |= (ulong)half << (16 * cls);
                }

                (slot.A, slot.B) = ((uint)packed, (uint)(packed >> 32));
            }
            else if (_entries.Count >= DenseRunLength)
            {
                int row = _rows.Count;
                CollectionsMarshal.SetCount(_rows, row + model._padded);
                Span<ushort> weights = CollectionsMarshal.AsSpan(_rows).Slice(row, model._padded);
                weights.Clear();
                foreach ((ushort cls, ushort half) in _entries)
                {
                    weights[cls] = half;
                }

                (slot.A, slot.B, slot.C) = (Overflow, (uint)row, uint.MaxValue);
            }
            else if (_entries.Count > InlineEntries)
            {
                (slot.A, slot.B, slot.C) = (Overflow, (uint)_runs.Count, (uint)_entries.Count);
                foreach ((ushort cls, ushort half) in _entries)
                {
                    _runs.Add(Pack(cls, half));
                }
            }
            else
            {
                Span<uint> inline = [Pack(NoClass, 0), Pack(NoClass, 0), Pack(NoClass, 0)];
                for (int i = 0; i < _entries.Count; i++)
                {
                    inline[i] = Pack(_entries[i].Class, _entries[i].Half);
                }

                (slot.A, slot.B, slot.C) = (inline[0], inline[1], inline[2]);
            }

            _entries.Clear();
        }

        public void Finish()
        {
            model._runs = [.. _runs];
            model._rows = [.. _rows];
        }
    }

    private static uint Pack(ushort cls, ushort half) => cls | ((uint)half << 16);

    /// <summary>Key 0 marks an empty slot, so feature 0 is stored as another id (one collision in 2^32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Key(uint feature) => feature == 0 ? 0x9E3779B9 : feature;
}
