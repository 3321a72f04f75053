using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsExtract.Learning;

/// <summary>
/// The weights of a trained multi-class linear model (an averaged perceptron), sparse by feature: an open-addressing
/// table maps a feature id to its weights. A model with at most four classes (the parser's transitions) keeps them
/// inside the table slot, so a lookup touches one cache line; a larger one keeps a run of (class, weight) entries.
/// Immutable and safe to share between threads.
/// </summary>
internal sealed class LinearModel
{
    private const int DenseClasses = 4;

    private readonly Slot[] _slots;
    private readonly DenseSlot[] _dense;
    private readonly Entry[] _entries;
    private readonly float[] _rows;
    private readonly int _padded;
    private readonly int _mask;

    /// <summary>A feature with at least this many weights keeps them as a dense row too, added with vector instructions.</summary>
    private const int DenseRunLength = 12;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public int Start;
        public int Count;
        public int Row;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct DenseSlot
    {
        public uint Key;
        public float W0;
        public float W1;
        public float W2;
        public float W3;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly struct Entry(ushort cls, float weight)
    {
        public readonly ushort Class = cls;
        public readonly float Weight = weight;
    }

    /// <summary>Builds the table.</summary>
    /// <param name="classCount">How many classes the model scores.</param>
    /// <param name="features">The feature ids, distinct; none may be 0 (the empty-slot marker) — 0 is remapped.</param>
    /// <param name="runStarts">For feature k, its entries are <paramref name="classes"/>[runStarts[k]..runStarts[k + 1]].</param>
    /// <param name="classes">Class of each entry.</param>
    /// <param name="weights">Weight of each entry.</param>
    public LinearModel(int classCount, uint[] features, int[] runStarts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        FeatureCount = features.Length;
        // A load factor of at most 0.7: linear probing stays short, and the table stays small enough for the cache.
        int capacity = 16;
        while (capacity * 7 < features.Length * 10)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        bool dense = classCount <= DenseClasses;
        _slots = dense ? [] : new Slot[capacity];
        _dense = dense ? new DenseSlot[capacity] : [];
        _entries = new Entry[dense ? 0 : classes.Length];
        if (!dense)
        {
            for (int e = 0; e < classes.Length; e++)
            {
                _entries[e] = new Entry(classes[e], weights[e]);
            }
        }

        int vector = System.Numerics.Vector<float>.Count;
        _padded = (classCount + vector - 1) / vector * vector;
        int denseRuns = 0;
        for (int k = 0; !dense && k < features.Length; k++)
        {
            denseRuns += runStarts[k + 1] - runStarts[k] >= DenseRunLength ? 1 : 0;
        }

        _rows = new float[denseRuns * _padded];
        int nextRow = 0;
        for (int k = 0; k < features.Length; k++)
        {
            uint key = Key(features[k]);
            int slot = (int)(key & (uint)_mask);
            while ((dense ? _dense[slot].Key : _slots[slot].Key) != 0)
            {
                slot = (slot + 1) & _mask;
            }

            if (dense)
            {
                ref DenseSlot d = ref _dense[slot];
                d.Key = key;
                for (int e = runStarts[k]; e < runStarts[k + 1]; e++)
                {
                    switch (classes[e])
                    {
                        case 0: d.W0 = weights[e]; break;
                        case 1: d.W1 = weights[e]; break;
                        case 2: d.W2 = weights[e]; break;
                        default: d.W3 = weights[e]; break;
                    }
                }
            }
            else
            {
                int count = runStarts[k + 1] - runStarts[k];
                int row = -1;
                if (count >= DenseRunLength)
                {
                    row = nextRow++ * _padded;
                    for (int e = runStarts[k]; e < runStarts[k + 1]; e++)
                    {
                        _rows[row + classes[e]] = weights[e];
                    }
                }

                _slots[slot] = new Slot { Key = key, Start = runStarts[k], Count = count, Row = row };
            }
        }
    }

    /// <summary>Gets the number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Gets the number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Sets <paramref name="scores"/> to the sum of the weights of <paramref name="features"/>.</summary>
    /// <remarks>
    /// Two passes: the first finds every feature's slot (independent loads, so the processor fetches the cache lines in
    /// parallel), the second adds the weights from lines that are by then in cache.
    /// </remarks>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        Span<int> found = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        if (_dense.Length > 0)
        {
            FindDense(features, found);
            ScoreDense(found, scores);
            return;
        }

        ref Slot slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (int i = 0; i < features.Length; i++)
        {
            uint key = Key(features[i]);
            int slot = (int)(key & (uint)_mask);
            uint k = Unsafe.Add(ref slots, slot).Key;
            found[i] = k == key ? slot : k == 0 ? -1 : Probe(key, slot);
        }

        Span<float> sums = stackalloc float[_padded];
        sums.Clear();
        foreach (int slot in found)
        {
            if (slot < 0)
            {
                continue;
            }

            Slot s = Unsafe.Add(ref slots, slot);
            if (s.Row >= 0)
            {
                AddRow(_rows.AsSpan(s.Row, _padded), sums);
                continue;
            }

            foreach (Entry e in _entries.AsSpan(s.Start, s.Count))
            {
                sums[e.Class] += e.Weight;
            }
        }

        sums[..scores.Length].CopyTo(scores);
    }

    /// <summary>Adds a dense row, a whole vector at a time: each class still sums its features in the same order.</summary>
    private static void AddRow(ReadOnlySpan<float> row, Span<float> sums)
    {
        ref float r = ref MemoryMarshal.GetReference(row);
        ref float a = ref MemoryMarshal.GetReference(sums);
        int width = System.Numerics.Vector<float>.Count;
        for (int i = 0; i < row.Length; i += width)
        {
            var sum = System.Numerics.Vector.LoadUnsafe(ref a, (nuint)i) + System.Numerics.Vector.LoadUnsafe(ref r, (nuint)i);
            System.Numerics.Vector.StoreUnsafe(sum, ref a, (nuint)i);
        }
    }

    private int Probe(uint key, int slot)
    {
        while (true)
        {
            slot = (slot + 1) & _mask;
            uint k = _slots[slot].Key;
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                return -1;
            }
        }
    }

    private void FindDense(ReadOnlySpan<uint> features, Span<int> found)
    {
        ref DenseSlot slots = ref MemoryMarshal.GetArrayDataReference(_dense);
        for (int i = 0; i < features.Length; i++)
        {
            uint key = Key(features[i]);
            int slot = (int)(key & (uint)_mask);
            uint k = Unsafe.Add(ref slots, slot).Key;
            if (k == key)
            {
                found[i] = slot;
                continue;
            }

            found[i] = -1;
            while (k != 0)
            {
                slot = (slot + 1) & _mask;
                k = Unsafe.Add(ref slots, slot).Key;
                if (k == key)
                {
                    found[i] = slot;
                    break;
                }
            }
        }
    }

    private void ScoreDense(ReadOnlySpan<int> found, Span<float> scores)
    {
        float w0 = 0, w1 = 0, w2 = 0, w3 = 0;
        ref DenseSlot slots = ref MemoryMarshal.GetArrayDataReference(_dense);
        foreach (int slot in found)
        {
            if (slot >= 0)
            {
                ref DenseSlot s = ref Unsafe.Add(ref slots, slot);
                w0 += s.W0;
                w1 += s.W1;
                w2 += s.W2;
                w3 += s.W3;
            }
        }

        scores[0] = w0;
        if (scores.Length > 1)
        {
            scores[1] = w1;
        }

        if (scores.Length > 2)
        {
            scores[2] = w2;
        }

        if (scores.Length > 3)
        {
            scores[3] = w3;
        }
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
        Span<float> row = stackalloc float[DenseClasses];
        for (int slot = 0; slot <= _mask; slot++)
        {
            if (_dense.Length > 0)
            {
                DenseSlot d = _dense[slot];
                if (d.Key == 0)
                {
                    continue;
                }

                writer.Write(d.Key);
                row[0] = d.W0;
                row[1] = d.W1;
                row[2] = d.W2;
                row[3] = d.W3;
                for (int c = 0; c < ClassCount; c++)
                {
                    writer.Write((Half)row[c]);
                }

                continue;
            }

            Slot s = _slots[slot];
            if (s.Key == 0)
            {
                continue;
            }

            writer.Write(s.Key);
            writer.Write((ushort)s.Count);
            for (int e = s.Start; e < s.Start + s.Count; e++)
            {
                writer.Write(_entries[e].Class);
                writer.Write((Half)_entries[e].Weight);
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

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">A class is out of range.</exception>
    internal static LinearModel Read(BinaryReader reader) => Read(reader, 0);

    private static LinearModel Read(BinaryReader reader, float threshold)
    {
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        var features = new List<uint>(featureCount);
        var runStarts = new List<int>(featureCount + 1);
        var classes = new List<ushort>(featureCount * 2);
        var weights = new List<float>(featureCount * 2);
        for (int k = 0; k < featureCount; k++)
        {
            uint feature = reader.ReadUInt32();
            int before = classes.Count;
            bool dense = classCount <= DenseClasses;
            int n = dense ? classCount : reader.ReadUInt16();
            for (int e = 0; e < n; e++)
            {
                ushort c = dense ? (ushort)e : reader.ReadUInt16();
                if (c >= classCount)
                {
                    throw new InvalidDataException(Errors.ModelCorrupt("weights"));
                }

                float weight = (float)reader.ReadHalf();
                if (Math.Abs(weight) >= threshold && weight != 0)
                {
                    classes.Add(c);
                    weights.Add(weight);
                }
            }

            if (classes.Count > before)
            {
                features.Add(feature);
                runStarts.Add(before);
            }
        }

        runStarts.Add(classes.Count);
        return new LinearModel(classCount, [.. features], [.. runStarts], [.. classes], [.. weights]);
    }

    /// <summary>Key 0 marks an empty slot, so feature 0 is stored as another id (one collision in 2^32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(uint feature) => feature == 0 ? 0x9E3779B9 : feature;
}
