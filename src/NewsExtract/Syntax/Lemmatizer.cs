using NewsExtract.Lexicons;

namespace NewsExtract.Syntax;

/// <summary>
/// Lemmas from a Penn tag and a form, learned from a treebank: an exception table (forms whose lemma the rules get
/// wrong, such as "were" → "be", "told" → "tell") and suffix rules per tag (strip some letters, add others), the
/// longest matching suffix winning, unless its lemma is no word the treebank knows and a shorter suffix's rule gives
/// one ("provoked": "provok" is unknown, "provoke" known). Nothing here is typed by hand.
/// </summary>
internal sealed class Lemmatizer
{
    public const string Kind = "lemmatizer";
    public const int Version = 3;
    public const int MaxSuffix = 5;

    private readonly string[] _tags;
    private readonly Dictionary<string, int> _tagIds;
    private readonly SpanMap<string> _exceptions;
    private readonly SpanMap<(int Cut, string Add)> _rules;
    private readonly bool[] _keepCapitals;
    private readonly SpanMap<bool> _known;

    /// <param name="tags">The Penn tags the keys refer to by index.</param>
    /// <param name="exceptions">Lemmas by <see cref="Key"/>, or by <see cref="ContextKey"/> where the next word's tag decides ("'s" before a participle is "have").</param>
    /// <param name="rules">Suffix rules by (tag, suffix) key.</param>
    /// <param name="keepCapitals">Tags whose all-capital words keep their capitals in the lemma ("GISB" stays "GISB").</param>
    /// <param name="known">Lower-case lemmas seen in the training data, to choose between the rules' candidates.</param>
    public Lemmatizer(string[] tags, IEnumerable<KeyValuePair<string, string>> exceptions, IEnumerable<KeyValuePair<string, (int Cut, string Add)>> rules, IEnumerable<string>? keepCapitals = null, IEnumerable<string>? known = null)
    {
        _known = new SpanMap<bool>((known ?? []).Select(k => new KeyValuePair<string, bool>(k, true)));
        var keep = new HashSet<string>(keepCapitals ?? [], StringComparer.Ordinal);
        _keepCapitals = [.. tags.Select(keep.Contains)];
        _tags = tags;
        _tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < tags.Length; i++)
        {
            _tagIds[tags[i]] = i;
        }

        _exceptions = new SpanMap<string>(exceptions);
        _rules = new SpanMap<(int Cut, string Add)>(rules);
    }

    public IReadOnlyList<string> Tags => _tags;

    public int ExceptionCount => _exceptions.Count;

    public int RuleCount => _rules.Count;

    public int KnownCount => _known.Count;

    /// <summary>The key of a (tag, lower-cased form or suffix) pair: the tag's id as one character, then the text.</summary>
    public static string Key(int tagId, ReadOnlySpan<char> lower) => string.Concat(((char)(tagId + 1)).ToString(), lower);

    /// <summary>The key of a (tag, form) pair in the context of the next word's tag.</summary>
    public static string ContextKey(string key, int nextTagId) => string.Concat(key, "\u0000", ((char)(nextTagId + 1)).ToString());

    public IReadOnlyList<string> KeepCapitalTags => [.. _tags.Where((_, i) => _keepCapitals[i])];

    public static bool IsProper(string xpos) => xpos is "NNP" or "NNPS";

    public static bool IsAllCapitals(ReadOnlySpan<char> form)
    {
        int letters = 0;
        foreach (char c in form)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>, the next word being tagged <paramref name="nextXpos"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos, string? nextXpos = null)
    {
        if (form.Length == 0)
        {
            return string.Empty;
        }

        if (Tokenization.InvisibleChars.Any(form))
        {
            // A soft hyphen or zero-width space inside a word changes nothing: the lemma is the clean word's.
            Span<char> clean = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
            return Lemmatize(clean[..Tokenization.InvisibleChars.Strip(form, clean)], xpos, nextXpos);
        }

        bool proper = IsProper(xpos);
        if (form.Length > 64 || !_tagIds.TryGetValue(xpos, out int tagId))
        {
            return proper ? form.ToString() : Lower(form);
        }

        proper |= _keepCapitals[tagId] && IsAllCapitals(form);
        Span<char> key = stackalloc char[form.Length + 3];
        key[0] = (char)(tagId + 1);
        Span<char> lower = key.Slice(1, form.Length);
        form.ToLowerInvariant(lower);
        for (int k = 0; k < lower.Length; k++)
        {
            lower[k] = NormalizeApostrophe(lower[k]);
        }

        if (_exceptions.Count > 0)
        {
            int next = nextXpos is null ? -1 : _tagIds.GetValueOrDefault(nextXpos, -2);
            key[form.Length + 1] = '\u0000';
            key[form.Length + 2] = (char)(next + 1);
            if (next >= -1 && _exceptions.TryGetValue(key, out string? inContext))
            {
                return inContext;
            }

            if (_exceptions.TryGetValue(key[..(form.Length + 1)], out string? known))
            {
                return known;
            }
        }

        Span<char> probe = stackalloc char[MaxSuffix + 1];
        probe[0] = (char)(tagId + 1);
        (int Cut, string Add)? first = null;
        for (int len = Math.Min(MaxSuffix, lower.Length); len >= 0; len--)
        {
            lower[(lower.Length - len)..].CopyTo(probe[1..]);
            if (_rules.TryGetValue(probe[..(len + 1)], out (int Cut, string Add) rule) && rule.Cut <= lower.Length)
            {
                first ??= rule;
                if (proper || _known.Count == 0 || IsKnown(lower[..(lower.Length - rule.Cut)], rule.Add))
                {
                    return Apply(form, lower, proper, rule);
                }
            }
        }

        if (first is { } fallback)
        {
            return Apply(form, lower, proper, fallback);
        }

        return proper ? form.ToString() : lower.ToString();
    }

    private static string Apply(ReadOnlySpan<char> form, ReadOnlySpan<char> lower, bool proper, (int Cut, string Add) rule)
    {
        ReadOnlySpan<char> stem = proper ? form[..(form.Length - rule.Cut)] : lower[..(lower.Length - rule.Cut)];
        return rule.Add.Length == 0 ? stem.ToString() : string.Concat(stem, rule.Add);
    }

    /// <summary>Whether stem + add is a lemma of the training data (checked without building a string).</summary>
    private bool IsKnown(ReadOnlySpan<char> stem, string add)
    {
        int length = stem.Length + add.Length;
        if (length == 0 || length > 64)
        {
            return false;
        }

        Span<char> word = stackalloc char[length];
        stem.CopyTo(word);
        add.AsSpan().CopyTo(word[stem.Length..]);
        return _known.ContainsKey(word);
    }

    private static string Lower(ReadOnlySpan<char> form) => form.ToString().ToLowerInvariant();

    private static char NormalizeApostrophe(char c) => c == '\u2019' ? '\'' : c;

    public void Write(BinaryWriter writer)
    {
        writer.Write(_tags.Length);
        foreach (string t in _tags)
        {
            writer.Write(t);
        }

        var exceptions = _exceptions.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        writer.Write(exceptions.Count);
        foreach (string k in exceptions)
        {
            _exceptions.TryGetValue(k, out string? v);
            writer.Write(k);
            writer.Write(v!);
        }

        var rules = _rules.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        writer.Write(rules.Count);
        foreach (string k in rules)
        {
            _rules.TryGetValue(k, out (int Cut, string Add) v);
            writer.Write(k);
            writer.Write((byte)v.Cut);
            writer.Write(v.Add);
        }

        IReadOnlyList<string> keep = KeepCapitalTags;
        writer.Write(keep.Count);
        foreach (string t in keep)
        {
            writer.Write(t);
        }

        var known = _known.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        writer.Write(known.Count);
        foreach (string k in known)
        {
            writer.Write(k);
        }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var tags = new string[reader.ReadInt32()];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = reader.ReadString();
        }

        int n = reader.ReadInt32();
        var exceptions = new List<KeyValuePair<string, string>>(n);
        for (int i = 0; i < n; i++)
        {
            exceptions.Add(new(reader.ReadString(), reader.ReadString()));
        }

        n = reader.ReadInt32();
        var rules = new List<KeyValuePair<string, (int, string)>>(n);
        for (int i = 0; i < n; i++)
        {
            string key = reader.ReadString();
            int cut = reader.ReadByte();
            rules.Add(new(key, (cut, reader.ReadString())));
        }

        var keep = new string[reader.ReadInt32()];
        for (int i = 0; i < keep.Length; i++)
        {
            keep[i] = reader.ReadString();
        }

        var known = new string[reader.ReadInt32()];
        for (int i = 0; i < known.Length; i++)
        {
            known[i] = reader.ReadString();
        }

        return new Lemmatizer(tags, exceptions, rules, keep, known);
    }
}
