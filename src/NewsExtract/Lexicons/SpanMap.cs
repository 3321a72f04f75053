namespace NewsExtract.Lexicons;

/// <summary>
/// A read-only ordinal map from strings to values that is queried with <see cref="ReadOnlySpan{T}"/> keys, so a
/// hot loop looks words up without allocating a string per token.
/// </summary>
/// <remarks>
/// <c>FrozenDictionary.GetAlternateLookup</c> does this on .NET 9 and later, but the package also targets net8.0;
/// one small open-hashing table serves both targets with one code path.
/// </remarks>
internal sealed class SpanMap<TValue>
{
    private readonly int[] _buckets;
    private readonly Entry[] _entries;

    private readonly struct Entry(string key, int hash, int next, TValue value)
    {
        public readonly string Key = key;
        public readonly int Hash = hash;
        public readonly int Next = next;
        public readonly TValue Value = value;
    }

    /// <summary>Builds the map; when a key repeats, the first value wins.</summary>
    public SpanMap(IEnumerable<KeyValuePair<string, TValue>> items)
    {
        var list = new List<KeyValuePair<string, TValue>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, TValue> item in items)
        {
            if (seen.Add(item.Key))
            {
                list.Add(item);
            }
        }

        int size = 1;
        while (size < list.Count * 2)
        {
            size <<= 1;
        }

        _buckets = new int[Math.Max(size, 2)];
        _entries = new Entry[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            int hash = Hash(list[i].Key);
            int bucket = hash & (_buckets.Length - 1);
            _entries[i] = new Entry(list[i].Key, hash, _buckets[bucket] - 1, list[i].Value);
            _buckets[bucket] = i + 1;
        }
    }

    public int Count => _entries.Length;

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        // Zero-width characters, soft hyphens and bidi controls inside a word never change what it is.
        if (Tokenization.InvisibleChars.Any(key))
        {
            Span<char> clean = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
            return TryGetExact(clean[..Tokenization.InvisibleChars.Strip(key, clean)], out value);
        }

        return TryGetExact(key, out value);
    }

    private bool TryGetExact(ReadOnlySpan<char> key, out TValue value)
    {
        int hash = Hash(key);
        for (int i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref readonly Entry e = ref _entries[i];
            if (e.Hash == hash && key.SequenceEqual(e.Key))
            {
                value = e.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across processes, cheap for short keys.</summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }
}
