using System.Collections.Frozen;
using NewsExtract.Lexicons;
using NewsExtract.Pipeline;
using NewsExtract.Tokenization;

namespace NewsExtract.Entities;

/// <summary>
/// Finds actor and place mentions, and nationality adjectives.
/// </summary>
/// <remarks>
/// Reads: tokens, sentences, zones. Writes: <see cref="AnnotationContext.Entities"/> with keys.
/// <list type="number">
/// <item>Gazetteer: one left-to-right pass over the normalized words (<see cref="NameNormalizer"/>), longest alias
/// first. Acronyms written in capitals match only in capitals; other aliases match only where the text capitalises
/// the words the alias capitalises ("Baghdad airport" is Baghdad, not the airport). A name inside a hyphenated
/// modifier ("Iran-backed", "pro-Iran") is dropped; two names joined by a hyphen ("U.S.-Iraq") are both kept.</item>
/// <item>Definitions: "Name (ACR)" and "ACR (Name)" make the acronym an alias for the rest of the document, also
/// for names no gazetteer knows.</item>
/// <item>Rules for unknown names: a title before capitalised words ("Gen. Kenneth McKenzie", "Prime Minister
/// Sudani") is a person; capitalised words ending in a name word ("… Brigades", "… Ministry", "… Air Base") or
/// starting with one ("Camp …", "Ministry of …", "Kataib …") take that word's type; two or three capitalised words
/// before or after a speech verb ("Adel Mahdi said") are a person.</item>
/// <item>Linking: a surname alone links to the person named in full elsewhere in the document
/// ("Jeffrey" to "James Jeffrey", "Kadhimi" to "Mustafa al-Kadhimi"); unknown entities take a slug of their fullest
/// name as key.</item>
/// </list>
/// Overlaps are settled as spaCy's <c>filter_spans</c> does: the longest span wins, then the higher priority.
/// </remarks>
internal sealed partial class EntityAnnotator : IAnnotator
{
    private const int MaxRuleNameTokens = 5;
    private static readonly FrozenDictionary<string, string> s_noAttributes = FrozenDictionary<string, string>.Empty;

    private readonly Gazetteer _gazetteer;
    private readonly EntityLexicons _lexicons;
    private readonly SpanMap<byte> _commonWords;
    private readonly SpanMap<byte> _speechVerbs;
    private readonly FrozenDictionary<string, string>[] _attributes;
    private readonly Stack<Work> _pool = new();

    /// <summary>The longest zone treated as a title-case headline by the name-word rules.</summary>
    private const int MaxHeadlineChars = 400;

    /// <param name="gazetteer">The entries to find.</param>
    /// <param name="lexicons">Titles, name words and demonyms.</param>
    /// <param name="shared">Common words and speech verbs.</param>
    /// <param name="names">The learned name finder, or <see langword="null"/> for the gazetteer and rules only.</param>
    public EntityAnnotator(Gazetteer gazetteer, EntityLexicons lexicons, LexiconSet shared, Names.NameTagger? names = null)
        : this(gazetteer, lexicons, shared, names is null ? null : new Lazy<Names.NameTagger>(names))
    {
    }

    /// <summary>Creates the annotator with a name finder loaded at the first document (<see cref="Names.NameTagger.Default"/>
    /// is a model of a few megabytes once decoded: building an extractor does not wait for it).</summary>
    public EntityAnnotator(Gazetteer gazetteer, EntityLexicons lexicons, LexiconSet shared, Lazy<Names.NameTagger>? names)
    {
        _gazetteer = gazetteer;
        _names = names;
        _shared = shared;
        _lexicons = lexicons;
        _commonWords = shared.CommonWords;
        _speechVerbs = shared.SpeechVerbs;
        _attributes = gazetteer.Entries.Select(e => e.Attributes.Count == 0 ? s_noAttributes : e.Attributes.ToFrozenDictionary(StringComparer.Ordinal)).ToArray();
    }

    public string Name => "entities";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Zones;

    public Layers Produces => Layers.Entities | Layers.EntityKeys;

    private enum Priority
    {
        Model = 0,
        Rule = 1,
        Definition = 2,
        Gazetteer = 3,
    }

    private readonly record struct Candidate(int FirstToken, int LastToken, EntityType Type, string Key, string Name, EntityOrigin Origin, Priority Priority, int Entry, float Score = 1f, string? Role = null)
    {
        public int TokenCount => LastToken - FirstToken + 1;
    }

    /// <summary>
    /// The per-document scratch state. Instances are pooled by the annotator and reused, so the arrays sized by the
    /// document (the normalized-name buffer, token maps, flags) are allocated once per thread rather than per
    /// document; an instance grown by a very large document is not kept.
    /// </summary>
    private sealed partial class Work
    {
        public const int MaxPooledTokens = 1 << 20;

        public readonly List<NameUnit> Units = [];
        public readonly List<Candidate> Candidates = [];
        public string Text = "";
        public Token[] Tokens = [];
        public Sentence[] Sentences = [];
        public Zone[] Zones = [];
        public char[] Buffer = new char[1024];
        public int Length;
        public int[] UnitOfToken = [];
        public bool[] SentenceStart = [];
        private bool[] _flagsA = [];
        private bool[] _flagsB = [];
        private int[] _ownerA = [];
        private int[] _ownerB = [];

        public void Reset(AnnotationContext context)
        {
            Text = context.Text;
            Tokens = context.Tokens;
            Sentences = context.Sentences;
            Zones = context.Zones;
            Units.Clear();
            Candidates.Clear();
            Length = 0;
            int n = Tokens.Length;
            if (UnitOfToken.Length < n)
            {
                UnitOfToken = new int[n];
                SentenceStart = new bool[n];
            }

            Array.Fill(UnitOfToken, -1, 0, n);
            Array.Clear(SentenceStart, 0, n);

            // Sized once to their bounds (a unit per token; a normalized name is never longer than its text plus a
            // separator per unit), so a large document does not leave a trail of doubled-and-dropped arrays behind
            // (issue 13: the entity layer's transient garbage set the peak memory).
            Units.EnsureCapacity(n);
            int chars = Text.Length + n + 8;
            if (Buffer.Length < chars)
            {
                Buffer = new char[chars];
            }
        }

        /// <summary>Releases the document's references so a pooled instance does not keep it alive.</summary>
        public void Release()
        {
            Text = "";
            Tokens = [];
            Sentences = [];
            Zones = [];
            Candidates.Clear();
        }

        /// <summary>A cleared flag per token; <paramref name="second"/> picks a second, independent array.</summary>
        public bool[] Flags(bool second = false)
        {
            ref bool[] flags = ref second ? ref _flagsB : ref _flagsA;
            if (flags.Length < Tokens.Length)
            {
                flags = new bool[Tokens.Length];
            }

            Array.Clear(flags, 0, Tokens.Length);
            return flags;
        }

        /// <summary>An int per token, filled with -1; <paramref name="second"/> picks a second, independent array.</summary>
        public int[] Owner(bool second = false)
        {
            ref int[] owner = ref second ? ref _ownerB : ref _ownerA;
            if (owner.Length < Tokens.Length)
            {
                owner = new int[Tokens.Length];
            }

            Array.Fill(owner, -1, 0, Tokens.Length);
            return owner;
        }

        public ReadOnlySpan<char> Key(int first, int last) => Buffer.AsSpan(Units[first].Start, Units[last].End - Units[first].Start);

        public ReadOnlySpan<char> TokenText(int t) => Tokens[t].Slice(Text);
    }

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        if (context.Tokens.Length == 0)
        {
            return;
        }

        Work? work;
        lock (_pool)
        {
            _pool.TryPop(out work);
        }

        work ??= new Work();
        try
        {
            Annotate(context, work, cancellationToken);
        }
        finally
        {
            work.Release();
            if (work.UnitOfToken.Length <= Work.MaxPooledTokens)
            {
                lock (_pool)
                {
                    if (_pool.Count < Environment.ProcessorCount * 2)
                    {
                        _pool.Push(work);
                    }
                }
            }
        }
    }

    private void Annotate(AnnotationContext context, Work work, CancellationToken cancellationToken)
    {
        work.Reset(context);
        NameNormalizer.Build(work.Text, work.Tokens, work.Units, ref work.Buffer, out work.Length);
        for (int u = 0; u < work.Units.Count; u++)
        {
            work.UnitOfToken[work.Units[u].LastToken] = u;
        }

        foreach (Sentence s in work.Sentences)
        {
            work.SentenceStart[s.FirstToken] = true;
            if (work.Tokens[s.FirstToken].Kind == TokenKind.Bullet && s.TokenCount > 1)
            {
                work.SentenceStart[s.FirstToken + 1] = true;
            }
        }

        MatchGazetteer(work);
        cancellationToken.ThrowIfCancellationRequested();
        FindTitledPersons(work);
        FindNameWordEntities(work);
        FindSpeakers(work);
        FindBylines(work);
        AddModelNames(work);
        List<Candidate> chosen = Select(work.Candidates, work.Flags());
        chosen = AddDefinitions(work, chosen);
        chosen = AddSurnames(work, chosen);
        chosen = DropHyphenModifiers(work, chosen);
        chosen = AddRepeats(work, chosen);
        AddRoles(work, chosen);
        chosen.AddRange(FindNationalities(work, chosen));
        chosen.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        context.Entities = [.. chosen.Select(c => ToMention(work, c))];
    }

    private EntityMention ToMention(Work work, Candidate c)
    {
        var span = new TextSpan(work.Tokens[c.FirstToken].Start, work.Tokens[c.LastToken].End);
        return new EntityMention(span, c.Type, c.Key, c.Name, c.Origin)
        {
            Attributes = c.Entry >= 0 ? _attributes[c.Entry] : c.Role is null ? s_noAttributes : RoleAttributes(c.Role),
            Score = c.Score,
        };
    }

    private void MatchGazetteer(Work work)
    {
        List<NameUnit> units = work.Units;
        for (int i = 0; i < units.Count; i++)
        {
            if (!_gazetteer.TryGetLongest(work.Buffer.AsSpan(units[i].Start, units[i].End - units[i].Start), out int longest))
            {
                continue;
            }

            int maxLength = Math.Min(longest, units.Count - i);
            Candidate? fallback = null;
            for (int length = maxLength; length >= 1; length--)
            {
                int last = i + length - 1;
                if (!_gazetteer.TryGetAliases(work.Key(i, last), out Gazetteer.Alias[] aliases))
                {
                    continue;
                }

                foreach (Gazetteer.Alias alias in aliases)
                {
                    if (CaseFits(work, i, last, alias) && (!alias.Ambiguous || HasPlaceContext(work, units[i].FirstToken)))
                    {
                        GazetteerEntry entry = _gazetteer.Entries[alias.Entry];
                        var candidate = new Candidate(units[i].FirstToken, units[last].LastToken, entry.Type, entry.Key, entry.Name, EntityOrigin.Gazetteer, Priority.Gazetteer, alias.Entry);

                        // "Ain al-Asad base", "the Conoco gas field": an alias that ends in a lower-case common noun
                        // gives way to a shorter alias, so the span is the name alone (guidelines); kept when none exists.
                        if (length > 1 && fallback is null && IsLowerCommonWord(work, last))
                        {
                            fallback = candidate;
                            break;
                        }

                        // "the Asad regime": a shorter alias of another entity (the air base "Al-Asad") is no shorter
                        // form of this name; the longer alias stands (issue 14).
                        if (fallback is Candidate longer && _gazetteer.Entries[longer.Entry].Key != entry.Key && entry.Type != longer.Type)
                        {
                            candidate = longer;
                        }

                        work.Candidates.Add(candidate);
                        fallback = null;
                        length = 0;
                        break;
                    }
                }
            }

            if (fallback is Candidate kept)
            {
                work.Candidates.Add(kept);
            }
        }
    }

    private bool IsLowerCommonWord(Work work, int unit)
    {
        Token token = work.Tokens[work.Units[unit].LastToken];
        return work.Units[unit].FirstToken == work.Units[unit].LastToken && token.Kind == TokenKind.Word && !token.Has(TokenTraits.Capitalized)
            && IsCommon(work, unit);
    }

    private static bool CaseFits(Work work, int first, int last, Gazetteer.Alias alias)
    {
        if (alias.ExactLetters is string exact)
        {
            int k = 0;
            for (int t = work.Units[first].FirstToken; t <= work.Units[last].LastToken; t++)
            {
                foreach (char c in work.TokenText(t))
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        if (k >= exact.Length || exact[k] != c)
                        {
                            return false;
                        }

                        k++;
                    }
                }
            }

            return k == exact.Length;
        }

        Token firstToken = work.Tokens[work.Units[first].LastToken];
        if (!firstToken.Has(TokenTraits.Capitalized) && firstToken.Kind == TokenKind.Word)
        {
            return false;
        }

        for (int u = first; u <= last; u++)
        {
            int w = u - first;
            Token token = work.Tokens[work.Units[u].LastToken];
            if ((alias.CapitalizedUnits & (1UL << w)) != 0 && token.Kind == TokenKind.Word && !token.Has(TokenTraits.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasPlaceContext(Work work, int firstToken)
    {
        if (firstToken == 0)
        {
            return false;
        }

        ReadOnlySpan<char> previous = work.TokenText(firstToken - 1);
        return previous is "in" or "near" or "at" or "from" or "to" or "into" or "outside" or "around" or "of";
    }

    /// <summary>
    /// Longest span first, then higher priority; earlier start, then the order found, break the last ties. Linear in
    /// the tokens covered. The candidates are ordered by one packed integer key each (no comparison delegate over
    /// the wide candidate records).
    /// </summary>
    private static List<Candidate> Select(List<Candidate> candidates, bool[] taken)
    {
        int n = candidates.Count;
        SortKey[] keys = System.Buffers.ArrayPool<SortKey>.Shared.Rent(n);
        for (int k = 0; k < n; k++)
        {
            Candidate c = candidates[k];
            ulong length = (ulong)(ushort.MaxValue - Math.Min(c.TokenCount, ushort.MaxValue));
            ulong priority = (ulong)(byte.MaxValue - (int)c.Priority);
            keys[k] = new SortKey((length << 48) | (priority << 40) | (uint)c.FirstToken, k);
        }

        Array.Sort(keys, 0, n);
        var chosen = new List<Candidate>(n);
        var starts = new List<SortKey>(n);
        for (int k = 0; k < n; k++)
        {
            Candidate c = candidates[keys[k].Index];
            bool free = true;
            for (int t = c.FirstToken; t <= c.LastToken && free; t++)
            {
                free = !taken[t];
            }

            if (free)
            {
                starts.Add(new SortKey((uint)c.FirstToken, chosen.Count));
                chosen.Add(c);
                Array.Fill(taken, true, c.FirstToken, c.TokenCount);
            }
        }

        System.Buffers.ArrayPool<SortKey>.Shared.Return(keys);

        // The chosen spans do not overlap: in text order by their first token.
        starts.Sort();
        var ordered = new List<Candidate>(chosen.Count);
        foreach (SortKey key in starts)
        {
            ordered.Add(chosen[key.Index]);
        }

        return ordered;
    }

    /// <summary>A packed sort key and the index of what it sorts; ties go by the index.</summary>
    private readonly record struct SortKey(ulong Key, int Index) : IComparable<SortKey>
    {
        public int CompareTo(SortKey other)
        {
            int c = Key.CompareTo(other.Key);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    /// <summary>Whether a word token, lower-cased, is a common English word ("Backed" in a title-case headline).</summary>
    private bool IsCommonToken(Work work, int token)
    {
        int unit = work.UnitOfToken[token];
        return unit >= 0 && IsCommon(work, unit);
    }

    private static bool IsJoinedHyphen(string text, Token[] tokens, int t) =>
        tokens[t].Kind == TokenKind.Punctuation && tokens[t].Length == 1 && text[tokens[t].Start] is '-' or '\u2010' or '\u2011'
        && t > 0 && t + 1 < tokens.Length && tokens[t - 1].End == tokens[t].Start && tokens[t + 1].Start == tokens[t].End;

    private static string Span(Work work, int firstToken, int lastToken) =>
        work.Text[work.Tokens[firstToken].Start..work.Tokens[lastToken].End];
}
