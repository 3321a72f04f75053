namespace NewsExtract;

/// <summary>
/// Counts keys with a payload, holding at most a fixed number of keys. When full it drops the keys counted least
/// (the lower half), so memory stays bounded however many distinct keys stream past.
/// </summary>
/// <remarks>
/// The counts are exact while the number of distinct keys stays at or under the capacity. Past it, a key that was
/// dropped and seen again starts from zero: a count can then be low by at most <see cref="MaxDropped"/>, which the
/// report prints. Frequent keys (the ones a top-N list shows) are never dropped while they stay in the upper half.
/// </remarks>
/// <typeparam name="TInfo">What is kept for a key beside its count (a name, a type, coordinates).</typeparam>
internal sealed class TopCounter<TInfo>
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public TopCounter(int capacity)
    {
        _capacity = capacity;
    }

    /// <summary>The number of keys dropped so far to keep within the capacity.</summary>
    public long Dropped { get; private set; }

    /// <summary>The highest count a dropped key had: the most any count can be short by.</summary>
    public long MaxDropped { get; private set; }

    /// <summary>The number of keys held.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds <paramref name="amount"/> to the key's count; the payload is made on the key's first sighting.</summary>
    public void Add(string key, long amount, Func<TInfo> info)
    {
        if (_entries.TryGetValue(key, out Entry? entry))
        {
            entry.Count += amount;
            return;
        }

        if (_entries.Count >= _capacity)
        {
            Prune();
        }

        _entries.Add(key, new Entry(key, info()) { Count = amount });
    }

    /// <summary>Finds the payload of a key still held.</summary>
    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TInfo? info)
    {
        if (_entries.TryGetValue(key, out Entry? entry) && entry.Info is not null)
        {
            info = entry.Info;
            return true;
        }

        info = default;
        return false;
    }

    /// <summary>The <paramref name="n"/> keys counted most, highest first, ties by key (ordinal).</summary>
    public List<Entry> Top(int n)
    {
        var all = new List<Entry>(_entries.Values);
        all.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Key, y.Key));
        if (all.Count > n)
        {
            all.RemoveRange(n, all.Count - n);
        }

        return all;
    }

    private void Prune()
    {
        long[] counts = _entries.Values.Select(e => e.Count).ToArray();
        Array.Sort(counts);
        long threshold = counts[counts.Length / 2];
        var drop = _entries.Values.Where(e => e.Count <= threshold).Select(e => e.Key).ToList();
        foreach (string key in drop)
        {
            MaxDropped = Math.Max(MaxDropped, _entries[key].Count);
            _entries.Remove(key);
        }

        Dropped += drop.Count;
    }

    /// <summary>A key, its count and its payload.</summary>
    public sealed class Entry(string key, TInfo info)
    {
        public string Key { get; } = key;

        public TInfo Info { get; } = info;

        public long Count { get; set; }
    }
}
