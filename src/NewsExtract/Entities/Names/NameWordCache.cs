using NewsExtract.Learning;
using NewsExtract.Lexicons;

namespace NewsExtract.Entities.Names;

/// <summary>
/// What the name finder computes from a word's characters alone (hashes of its normalized form, shape and affixes,
/// whether it is a common or a title word, its proper-noun class), kept per distinct word so that a word seen before
/// costs one hash and one comparison instead of a normalization, six hashes and three dictionary lookups; with the
/// scores of the model's word-alone features (<see cref="NameFeatures.Word"/>), so those cost nothing after a word's first time.
/// </summary>
/// <remarks>
/// Bounded: when <see cref="MaxWords"/> distinct words are held the cache starts afresh, so memory stays flat on any
/// stream of documents. Owned by one <see cref="NameInput"/>, which is used by one thread at a time.
/// </remarks>
internal sealed class NameWordCache
{
    /// <summary>Distinct words held before the cache is cleared.</summary>
    public const int MaxWords = 1 << 15;

    private const int MaxNormalized = NameInput.MaxNormalized;
    private const int MaxShape = 6;
    private const int TableSize = MaxWords * 2;

    /// <summary>The values of one word.</summary>
    public struct Entry
    {
        public string Form;
        public uint Word;
        public uint Lower;
        public uint Shape;
        public uint Prefix3;
        public uint Suffix3;
        public uint Suffix2;
        public int Flags;
        public byte Proper;
    }

    private readonly int[] _table = new int[TableSize];
    private readonly Entry[] _entries = new Entry[MaxWords];
    private readonly float[] _scores = new float[MaxWords * NameTags.ClassCount];
    private readonly bool[] _scored = new bool[MaxWords];
    private object? _scoreOwner;
    private int _count;

    /// <summary>Changes whenever the cache is cleared: an index from <see cref="Get"/> is valid while it stays the same.</summary>
    public int Generation { get; private set; }
    private LexiconSet? _lexicons;
    private IReadOnlyDictionary<uint, byte>? _properNouns;

    /// <summary>Clears the cache if the lexicons or the proper-noun classes differ from those it was filled with.</summary>
    public void Use(LexiconSet lexicons, IReadOnlyDictionary<uint, byte> properNouns)
    {
        if (!ReferenceEquals(lexicons, _lexicons) || !ReferenceEquals(properNouns, _properNouns))
        {
            Clear();
            _lexicons = lexicons;
            _properNouns = properNouns;
        }
    }

    /// <summary>The values of <paramref name="form"/> (at most <see cref="NameInput.MaxNormalized"/> characters) and its entry's <paramref name="index"/>.</summary>
    public ref readonly Entry Get(ReadOnlySpan<char> form, out int index)
    {
        uint word = FeatureHash.OfChars(form);
        int mask = TableSize - 1;
        int slot = (int)(word & (uint)mask);
        while (true)
        {
            index = _table[slot] - 1;
            if (index < 0)
            {
                break;
            }

            ref Entry e = ref _entries[index];
            if (e.Word == word && form.SequenceEqual(e.Form))
            {
                return ref e;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == MaxWords)
        {
            Clear();
            slot = (int)(word & (uint)mask);
        }

        _entries[_count] = Compute(form, word);
        _scored[_count] = false;
        _table[slot] = ++_count;
        index = _count - 1;
        return ref _entries[index];
    }

    /// <summary>
    /// The cached scores of word <paramref name="index"/> under <paramref name="owner"/> (a model: the scores of the
    /// features of the word alone); <paramref name="known"/> false means they are still to be written into the span.
    /// </summary>
    public Span<float> ScoresOf(int index, object owner, out bool known)
    {
        if (!ReferenceEquals(owner, _scoreOwner))
        {
            Array.Clear(_scored);
            _scoreOwner = owner;
        }

        known = _scored[index];
        _scored[index] = true;
        return _scores.AsSpan(index * NameTags.ClassCount, NameTags.ClassCount);
    }

    private void Clear()
    {
        Array.Clear(_table);
        Array.Clear(_entries, 0, _count);
        Array.Clear(_scored, 0, _count);
        _count = 0;
        Generation++;
    }

    private Entry Compute(ReadOnlySpan<char> form, uint word)
    {
        Span<char> normalized = stackalloc char[MaxNormalized * 4];
        int length = NameNormalizer.Normalize(form, normalized);
        ReadOnlySpan<char> norm = normalized[..length];
        uint lower = FeatureHash.OfChars(norm);
        int flags = 0;
        flags |= form.ContainsAnyInRange('0', '9') ? NameInput.Digit : 0;
        flags |= length > 0 && _lexicons!.CommonWords.ContainsKey(norm) ? NameInput.Common : 0;
        flags |= length > 0 && _lexicons!.EntityLexicons.Titles.ContainsKey(norm) ? NameInput.Title : 0;
        return new Entry
        {
            Form = form.ToString(),
            Word = word,
            Lower = lower,
            Proper = _properNouns!.TryGetValue(lower, out byte proper) ? proper : (byte)0,
            Shape = ShapeOf(form),
            Prefix3 = FeatureHash.OfChars(norm[..Math.Min(3, norm.Length)]),
            Suffix3 = FeatureHash.OfChars(norm[Math.Max(0, norm.Length - 3)..]),
            Suffix2 = FeatureHash.OfChars(norm[Math.Max(0, norm.Length - 2)..]),
            Flags = flags,
        };
    }

    /// <summary>A word's shape: X for a capital, x for a small letter, d for a digit, the character otherwise; runs collapsed.</summary>
    private static uint ShapeOf(ReadOnlySpan<char> form)
    {
        Span<char> shape = stackalloc char[MaxShape];
        int k = 0;
        char last = '\0';
        foreach (char c in form)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                continue;
            }

            if (k == MaxShape)
            {
                break;
            }

            shape[k++] = s;
            last = s;
        }

        return FeatureHash.OfChars(shape[..k]);
    }
}
