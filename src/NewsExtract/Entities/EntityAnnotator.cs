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

    /// <summary>"Gen. Kenneth McKenzie", "Prime Minister Sudani", "top Iranian general Qassem Soleimani".</summary>
    private void FindTitledPersons(Work work)
    {
        List<NameUnit> units = work.Units;
        for (int i = 0; i < units.Count; i++)
        {
            int titleEnd = -1;
            if (!_lexicons.TitleFirstWords.TryGetValue(work.Key(i, i), out int longestTitle))
            {
                continue;
            }

            for (int length = Math.Min(longestTitle, units.Count - i); length >= 1; length--)
            {
                if (_lexicons.Titles.ContainsKey(work.Key(i, i + length - 1)))
                {
                    titleEnd = i + length - 1;
                    break;
                }
            }

            if (titleEnd < 0)
            {
                continue;
            }

            bool titleCapitalized = work.Tokens[units[i].LastToken].Has(TokenTraits.Capitalized);
            int nameStart = titleEnd + 1;
            int nameEnd = NameRun(work, nameStart, allowFirstCommon: true);
            if (nameEnd < nameStart || (!titleCapitalized && nameEnd == nameStart) || (nameEnd == nameStart && IsCommon(work, nameStart)))
            {
                continue;
            }

            // "Secretary of State Antony Blinken": skip "of State" when the title itself is longer in the lexicon.
            string name = Span(work, units[nameStart].FirstToken, units[nameEnd].LastToken);
            work.Candidates.Add(new Candidate(units[nameStart].FirstToken, units[nameEnd].LastToken, EntityType.Person, Slug.Of(name), name, EntityOrigin.Rule, Priority.Rule, -1));
            i = nameEnd;
        }
    }

    /// <summary>
    /// Returns the last unit of a run of capitalised name words starting at <paramref name="start"/>, or start - 1.
    /// Common words end the run, except as its first word ("Mark Esper").
    /// </summary>
    private int NameRun(Work work, int start, bool allowFirstCommon)
    {
        List<NameUnit> units = work.Units;
        int end = start - 1;
        for (int u = start; u < units.Count && u - start < MaxRuleNameTokens; u++)
        {
            if (u > start && work.Buffer[units[u].Start - 1] == NameNormalizer.Barrier)
            {
                break;
            }

            Token token = work.Tokens[units[u].LastToken];
            if (token.Kind != TokenKind.Word || !token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.AllCaps) && token.Length > 1 && u > start)
            {
                break;
            }

            if (IsCommon(work, u) && !(allowFirstCommon && u == start))
            {
                break;
            }

            if (_lexicons.Titles.ContainsKey(work.Key(u, u)) && u == start)
            {
                break;
            }

            end = u;
        }

        return end;
    }

    private bool IsCommon(Work work, int unit)
    {
        NameUnit u = work.Units[unit];
        return _commonWords.ContainsKey(work.Buffer.AsSpan(u.Start, u.End - u.Start));
    }

    private static bool IsGazetteerMatch(Work work, bool[] gazetteerTokens, int firstUnit, int lastUnit) =>
        gazetteerTokens.AsSpan(work.Units[firstUnit].FirstToken, work.Units[lastUnit].LastToken - work.Units[firstUnit].FirstToken + 1).Contains(true);

    private bool IsNameWord(Work work, int unit) =>
        _lexicons.NamePrefixes.ContainsKey(work.Key(unit, unit)) || _lexicons.NameSuffixes.ContainsKey(work.Key(unit, unit));

    /// <summary>"Hezbollah Brigades", "Basra Operations Command", "Camp Taji", "Ministry of Defense".</summary>
    private void FindNameWordEntities(Work work)
    {
        List<NameUnit> units = work.Units;

        // Tokens inside a gazetteer match, marked once (the headline rule below asks about them).
        bool[] gazetteerTokens = work.Flags();
        foreach (Candidate c in work.Candidates)
        {
            if (c.Origin == EntityOrigin.Gazetteer)
            {
                Array.Fill(gazetteerTokens, true, c.FirstToken, c.TokenCount);
            }
        }

        int i = 0;
        while (i < units.Count)
        {
            // A run of capitalised words, allowing "of", "for", "and", "the" inside ("Ministry of the Interior").
            int start = i;
            if (!IsCapitalizedWord(work, start))
            {
                i++;
                continue;
            }

            // In a title-case headline every word is capitalised, so capitals say nothing: there a name is a run of
            // words that are not common English words, or that are name words ("Rockets Hit [Camp Hollister] Near").
            // (Only short headlines: a long line in title case is more likely a shouted sentence than a title.)
            int zone = ZoneLookup.IndexAt(work.Zones, work.Tokens[units[start].FirstToken].Start);
            bool headline = zone >= 0 && work.Zones[zone].Kind == ZoneKind.Headline && work.Zones[zone].Span.Length <= MaxHeadlineChars;
            if (headline && IsCommon(work, start) && !IsNameWord(work, start))
            {
                i++;
                continue;
            }

            int end = start;
            for (int u = start + 1; u < units.Count && u - start < 8; u++)
            {
                if (work.Buffer[units[u].Start - 1] == NameNormalizer.Barrier)
                {
                    break;
                }

                if (headline && IsCommon(work, u) && !IsNameWord(work, u))
                {
                    break;
                }

                if (IsCapitalizedWord(work, u))
                {
                    // A title ends the name before it: "Pentagon Press Secretary John Kirby".
                    if (StartsTitle(work, u, out _))
                    {
                        break;
                    }

                    end = u;
                    continue;
                }

                ReadOnlySpan<char> w = work.Key(u, u);

                // "Kataib Hezbollah and Harakat al-Nujaba", "Qasim al-Jabbarin and Saraya Awliya al-Dam": "and" between a
                // known name and another name, or before a name word that starts a name, joins two names, not one.
                if (w is "and" && u + 1 < units.Count
                    && (IsGazetteerMatch(work, gazetteerTokens, u - 1, u - 1) || IsGazetteerMatch(work, gazetteerTokens, u + 1, u + 1)
                        || _lexicons.NamePrefixes.ContainsKey(work.Key(u + 1, u + 1))))
                {
                    break;
                }

                if (w is "of" or "for" or "and" or "the" && u + 1 < units.Count && IsCapitalizedWord(work, u + 1))
                {
                    continue;
                }

                break;
            }

            i = end + 1;
            if (ZoneLookup.At(work.Zones, work.Tokens[units[start].FirstToken].Start) == ZoneKind.Boilerplate)
            {
                continue;
            }

            // Suffix: the longest run ending in a name word; trim leading sentence-initial common words.
            for (int last = end; last >= start; last--)
            {
                for (int length = Math.Min(3, last - start + 1); length >= 1; length--)
                {
                    if (_lexicons.NameSuffixes.TryGetValue(work.Key(last - length + 1, last), out EntityType type) && last - length + 1 > start - 0)
                    {
                        int first = start;
                        while (first < last - length + 1 && (IsCommon(work, first) && work.SentenceStart[units[first].FirstToken] || work.Key(first, first) is "the"))
                        {
                            first++;
                        }

                        // In a headline "U.S. Forces" is "U.S." and a capitalised common noun: a known name before
                        // the name word stays itself.
                        if (first <= last - length && !(headline && IsGazetteerMatch(work, gazetteerTokens, first, last - length)))
                        {
                            int remitEnd = RemitEnd(work, last);
                            AddRule(work, first, remitEnd, type);
                            i = Math.Max(i, remitEnd + 1);
                            goto next;
                        }
                    }
                }
            }

            // Prefix: "Camp Taji", "Ministry of Defense", "Kataib Sayyid al-Shuhada"; a leading "The" is not part of it.
            int from = start;
            while (from < end && (work.Key(from, from) is "the"
                || (IsCommon(work, from) && work.SentenceStart[units[from].FirstToken] && !_lexicons.NamePrefixes.ContainsKey(work.Key(from, from)))))
            {
                from++;
            }

            for (int length = Math.Min(3, end - from + 1); length >= 1; length--)
            {
                if (_lexicons.NamePrefixes.TryGetValue(work.Key(from, from + length - 1), out EntityType type) && from + length <= end)
                {
                    AddRule(work, from, end, type);
                    break;
                }
            }

        next:;
        }
    }

    private bool StartsTitle(Work work, int unit, out int titleEnd)
    {
        for (int length = Math.Min(_lexicons.MaxTitleUnits, work.Units.Count - unit); length >= 2; length--)
        {
            if (_lexicons.Titles.ContainsKey(work.Key(unit, unit + length - 1)))
            {
                titleEnd = unit + length - 1;
                return true;
            }
        }

        titleEnd = -1;
        return false;
    }

    private static bool IsCapitalizedWord(Work work, int unit)
    {
        Token token = work.Tokens[work.Units[unit].LastToken];
        return token.Kind == TokenKind.Word && token.Has(TokenTraits.Capitalized);
    }

    private void AddRule(Work work, int firstUnit, int lastUnit, EntityType type)
    {
        // "Shia Popular Mobilization Forces", "Iraqi Army": a nationality adjective is not part of the name.
        while (firstUnit < lastUnit && _lexicons.Demonyms.ContainsKey(work.Key(firstUnit, firstUnit)))
        {
            firstUnit++;
        }

        if (firstUnit == lastUnit && type != EntityType.Person && (_lexicons.NameSuffixes.ContainsKey(work.Key(firstUnit, firstUnit)) || IsCommon(work, firstUnit)))
        {
            return;
        }

        int firstToken = work.Units[firstUnit].FirstToken;
        int lastToken = work.Units[lastUnit].LastToken;
        string name = Span(work, firstToken, lastToken);
        work.Candidates.Add(new Candidate(firstToken, lastToken, type, Slug.Of(name), name, EntityOrigin.Rule, Priority.Rule, -1));
    }

    /// <summary>"Adel Mahdi said", "said Mike Smith", "according to Jane Doe": two or three capitalised words next to a speech verb.</summary>
    private void FindSpeakers(Work work)
    {
        List<NameUnit> units = work.Units;
        for (int u = 0; u < units.Count; u++)
        {
            if (!IsSpeechVerb(work, units[u].LastToken))
            {
                continue;
            }

            // Before the verb: the run of capitalised words ending just before it.
            int end = u - 1;
            if (end >= 0 && work.Buffer[units[u].Start - 1] != NameNormalizer.Barrier)
            {
                int start = end;
                while (start - 1 >= 0 && end - start < 2 && IsCapitalizedWord(work, start - 1) && work.Buffer[units[start].Start - 1] != NameNormalizer.Barrier)
                {
                    start--;
                }

                TryAddSpeaker(work, start, end);
            }

            // After the verb: "said Mike Smith", "according to Jane Doe".
            if (u + 1 < units.Count && work.Buffer[units[u + 1].Start - 1] != NameNormalizer.Barrier)
            {
                int last = NameRun(work, u + 1, allowFirstCommon: false);
                TryAddSpeaker(work, u + 1, last);
            }
        }
    }

    /// <summary>
    /// Bylines and credit lines: "By Jane Doe and John Roe", "Reporting by Jane Doe in Baghdad; Editing by John Roe": the
    /// names after "by" at a line start or after a credit word are persons (two to four capitalised words each).
    /// </summary>
    private void FindBylines(Work work)
    {
        List<NameUnit> units = work.Units;
        for (int u = 0; u + 1 < units.Count; u++)
        {
            if (work.Key(u, u) is not "by" || !IsBylineBy(work, u))
            {
                continue;
            }

            int v = u + 1;
            for (int names = 0; names < 8 && v < units.Count && IsCapitalizedWord(work, v); names++)
            {
                int end = NameRun(work, v, allowFirstCommon: true);
                if (end - v is < 1 or > 3)
                {
                    break;
                }

                // "By Staff Writer", "By News Desk": common nouns, no person (the first word of a name may be common: "Mark").
                bool common = IsCommon(work, v) && IsCommon(work, end);
                for (int k = v + 1; k <= end; k++)
                {
                    common |= IsCommon(work, k);
                }

                if (common)
                {
                    break;
                }

                AddRule(work, v, end, EntityType.Person);

                // "... in Baghdad", then ", " or "and" before the next name; ";" or "|" ends the credit.
                int next = end + 1;
                if (next < units.Count && work.Key(next, next) is "in" && next + 1 < units.Count && IsCapitalizedWord(work, next + 1))
                {
                    next = NameRun(work, next + 1, allowFirstCommon: true) + 1;
                }

                if (next >= units.Count)
                {
                    break;
                }

                int between = work.Units[next - 1].LastToken + 1;
                if (work.Key(next, next) is "and" && between == work.Units[next].FirstToken)
                {
                    v = next + 1;
                }
                else if (between < work.Units[next].FirstToken && work.TokenText(between) is "," or "&" && between + 1 == work.Units[next].FirstToken)
                {
                    v = next;
                }
                else
                {
                    break;
                }
            }
        }
    }

    /// <summary>"By" opening a line, or "by" after a credit word: "Reporting by", "Additional reporting by", "Editing by".</summary>
    private static bool IsBylineBy(Work work, int u)
    {
        int token = work.Units[u].FirstToken;
        if (u > 0 && work.Key(u - 1, u - 1) is "reporting" or "editing" or "writing" or "written" or "compiled" or "produced" or "photos" or "photography")
        {
            return work.Units[u - 1].LastToken + 1 == token;
        }

        int start = work.Tokens[token].Start;
        int k = start - 1;
        while (k >= 0 && work.Text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || work.Text[k] is '\n' or '\r';
    }

    /// <summary>
    /// "Secretary of State Antony Blinken said": when a title that starts before <paramref name="start"/> ends inside the
    /// run ("of" is no name word, so the run began at "State"), the name starts after it; else <paramref name="start"/>.
    /// </summary>
    private int AfterTitleCrossing(Work work, int start, int end)
    {
        for (int s = Math.Max(0, start - _lexicons.MaxTitleUnits + 1); s < start; s++)
        {
            for (int last = Math.Min(end, s + _lexicons.MaxTitleUnits - 1); last >= start; last--)
            {
                if (_lexicons.Titles.ContainsKey(work.Key(s, last)))
                {
                    return last + 1;
                }
            }
        }

        return start;
    }

    private void TryAddSpeaker(Work work, int start, int end)
    {
        start = AfterTitleCrossing(work, start, end);

        // "Defense Secretary Mark Esper said": the title is not part of the name.
        for (int length = Math.Min(_lexicons.MaxTitleUnits, end - start + 1); length >= 1 && start <= end; length--)
        {
            if (start + length - 1 <= end && _lexicons.Titles.ContainsKey(work.Key(start, start + length - 1)))
            {
                start += length;
                length = Math.Min(_lexicons.MaxTitleUnits, end - start + 1) + 1;
            }
        }

        if (start > end)
        {
            return;
        }

        if (end - start < 1 || end - start > 2 || _lexicons.Demonyms.ContainsKey(work.Key(start, start)))
        {
            return;
        }

        for (int u = start; u <= end; u++)
        {
            if (!IsCapitalizedWord(work, u) || (IsCommon(work, u) && u > start) || work.Tokens[work.Units[u].LastToken].Has(TokenTraits.AllCaps))
            {
                return;
            }
        }

        if (IsCommon(work, start) && work.SentenceStart[work.Units[start].FirstToken])
        {
            return;
        }

        AddRule(work, start, end, EntityType.Person);
    }

    private bool IsSpeechVerb(Work work, int token)
    {
        Token t = work.Tokens[token];
        if (t.Kind == TokenKind.Word && token > 0 && work.TokenText(token) is "to" && work.TokenText(token - 1).Equals("according", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (t.Kind != TokenKind.Word || t.Length > 24 || t.Has(TokenTraits.Capitalized))
        {
            return false;
        }

        return _speechVerbs.ContainsKey(work.TokenText(token));
    }

    /// <summary>Longest span first, then higher priority; earlier start breaks the last ties. Linear in the tokens covered.</summary>
    private static List<Candidate> Select(List<Candidate> candidates, bool[] taken)
    {
        candidates.Sort((a, b) =>
        {
            int c = b.TokenCount.CompareTo(a.TokenCount);
            if (c == 0)
            {
                c = ((int)b.Priority).CompareTo((int)a.Priority); // an int compare: Enum.CompareTo(object) would box
            }

            return c != 0 ? c : a.FirstToken.CompareTo(b.FirstToken);
        });
        var chosen = new List<Candidate>(candidates.Count);
        foreach (Candidate c in candidates)
        {
            bool free = true;
            for (int t = c.FirstToken; t <= c.LastToken && free; t++)
            {
                free = !taken[t];
            }

            if (free)
            {
                chosen.Add(c);
                Array.Fill(taken, true, c.FirstToken, c.TokenCount);
            }
        }

        chosen.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return chosen;
    }

    /// <summary>"Kataib Hezbollah (KH)", "The Counterterrorism Group (CTG)", "IRGC-QF (Quds Force)".</summary>
    private List<Candidate> AddDefinitions(Work work, List<Candidate> chosen)
    {
        Token[] tokens = work.Tokens;
        var acronyms = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        int[] endingAt = work.Owner(second: true);
        for (int i = 0; i < chosen.Count; i++)
        {
            endingAt[chosen[i].LastToken] = i;
        }

        for (int t = 1; t + 2 < tokens.Length; t++)
        {
            if (work.Text[tokens[t].Start] != '(' || tokens[t].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            int close = t + 1;
            while (close < tokens.Length && close - t <= 6 && work.Text[tokens[close].Start] != ')')
            {
                close++;
            }

            if (close >= tokens.Length || close - t > 6 || close == t + 1)
            {
                continue;
            }

            string inside = work.Text[tokens[t + 1].Start..tokens[close - 1].End];
            if (IsAcronym(inside))
            {
                Candidate? definer = endingAt[t - 1] >= 0 ? chosen[endingAt[t - 1]] : NameBefore(work, t);
                if (definer is Candidate d && d.Type != EntityType.Nationality)
                {
                    acronyms.TryAdd(inside, d);
                }
            }
        }

        if (acronyms.Count == 0)
        {
            return chosen;
        }

        // Every mention of a defined acronym, anywhere in the document, links to its definition.
        // A span-keyed copy: every all-caps word is looked up, and a string per lookup would cost more than the layer.
        var lookup = new SpanMap<Candidate>(acronyms);
        int[] owner = work.Owner();
        List<Candidate> added = chosen; // extended in place: the caller replaces its list with the result
        int known = chosen.Count;
        foreach (Candidate d in acronyms.Values)
        {
            if (endingAt[d.LastToken] < 0 || endingAt[d.LastToken] >= known || chosen[endingAt[d.LastToken]] != d)
            {
                added.Add(d);
            }
        }

        for (int i = 0; i < added.Count; i++)
        {
            for (int t = added[i].FirstToken; t <= added[i].LastToken; t++)
            {
                owner[t] = owner[t] < 0 ? i : owner[t];
            }
        }

        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !tokens[t].Has(TokenTraits.AllCaps))
            {
                continue;
            }

            // An acronym may span hyphen-joined tokens ("IRGC-QF").
            int last = t;
            while (last + 2 < tokens.Length && tokens[last + 1].Length == 1 && work.Text[tokens[last + 1].Start] == '-' && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End)
            {
                last += 2;
            }

            for (int end = last; end >= t; end -= 2)
            {
                if (lookup.TryGetValue(work.Text.AsSpan(tokens[t].Start, tokens[end].End - tokens[t].Start), out Candidate d))
                {
                    var mention = new Candidate(t, end, d.Type, d.Key, d.Name, EntityOrigin.Definition, Priority.Definition, d.Entry);
                    int overlap = -1;
                    for (int k = t; k <= end && overlap < 0; k++)
                    {
                        overlap = owner[k];
                    }

                    if (overlap < 0)
                    {
                        added.Add(mention);
                        Array.Fill(owner, added.Count - 1, t, end - t + 1);
                    }
                    else if (added[overlap].FirstToken >= t && added[overlap].LastToken <= end && added[overlap].Origin != EntityOrigin.Gazetteer)
                    {
                        added[overlap] = mention;
                    }

                    t = end;
                    break;
                }
            }
        }

        added.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return added;
    }

    private static bool IsAcronym(string s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('-' or '.' or '&') && !char.IsDigit(c))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 10;
    }

    /// <summary>The capitalised name just before "(" when no mention ends there: "The Counterterrorism Group (CTG)".</summary>
    private Candidate? NameBefore(Work work, int parenToken)
    {
        int endUnit = work.UnitOfToken[parenToken - 1];
        if (endUnit < 0 || !IsCapitalizedWord(work, endUnit))
        {
            return null;
        }

        int start = endUnit;
        while (start - 1 >= 0 && endUnit - start < 6 && work.Buffer[work.Units[start].Start - 1] != NameNormalizer.Barrier
            && (IsCapitalizedWord(work, start - 1) || (work.Key(start - 1, start - 1) is "of" or "for" or "and" or "in" && start - 2 >= 0 && IsCapitalizedWord(work, start - 2))))
        {
            start--;
        }

        while (start < endUnit && (work.Key(start, start) is "the" || (IsCommon(work, start) && work.SentenceStart[work.Units[start].FirstToken])))
        {
            start++;
        }

        if (start == endUnit && IsCommon(work, start))
        {
            return null;
        }

        EntityType type = EntityType.Organization;
        for (int u = endUnit; u >= start; u--)
        {
            if (_lexicons.NameSuffixes.TryGetValue(work.Key(u, u), out EntityType t))
            {
                type = t;
                break;
            }
        }

        int firstToken = work.Units[start].FirstToken;
        int lastToken = work.Units[endUnit].LastToken;
        string name = Span(work, firstToken, lastToken);
        return new Candidate(firstToken, lastToken, type, Slug.Of(name), name, EntityOrigin.Definition, Priority.Definition, -1);
    }

    /// <summary>A surname alone links to the person named in full: "Jeffrey" after "James Jeffrey".</summary>
    private static List<Candidate> AddSurnames(Work work, List<Candidate> chosen)
    {
        var surnames = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (Candidate c in chosen)
        {
            if (c.Type != EntityType.Person || c.TokenCount < 2)
            {
                continue;
            }

            int lastUnit = work.UnitOfToken[c.LastToken];
            if (lastUnit >= 0 && work.Units[lastUnit].FirstToken >= c.FirstToken)
            {
                surnames.TryAdd(work.Key(lastUnit, lastUnit).ToString(), c);
            }
        }

        if (surnames.Count == 0)
        {
            return chosen;
        }

        var lookup = new SpanMap<Candidate>(surnames);
        var result = new List<Candidate>(chosen.Count + 8);
        int next = 0;
        for (int u = 0; u < work.Units.Count; u++)
        {
            NameUnit unit = work.Units[u];
            while (next < chosen.Count && chosen[next].LastToken < unit.FirstToken)
            {
                result.Add(chosen[next++]);
            }

            bool covered = next < chosen.Count && chosen[next].FirstToken <= unit.LastToken;
            if (covered || !IsCapitalizedWord(work, u) || !lookup.TryGetValue(work.Key(u, u), out Candidate person))
            {
                continue;
            }

            result.Add(new Candidate(unit.FirstToken, unit.LastToken, EntityType.Person, person.Key, person.Name, EntityOrigin.Link, Priority.Rule, person.Entry));
        }

        while (next < chosen.Count)
        {
            result.Add(chosen[next++]);
        }

        // Rule-found persons whose fuller name appears elsewhere take that name's key ("Kadhimi" after "Mustafa al-Kadhimi").
        for (int i = 0; i < result.Count; i++)
        {
            Candidate c = result[i];
            if (c.Type == EntityType.Person && c.Origin is EntityOrigin.Rule or EntityOrigin.Model && c.TokenCount == 1
                && lookup.TryGetValue(work.Key(work.UnitOfToken[c.LastToken], work.UnitOfToken[c.LastToken]), out Candidate full))
            {
                result[i] = c with { Key = full.Key, Name = full.Name, Entry = full.Entry };
            }
        }

        return result;
    }

    /// <summary>Drops a name inside a hyphenated modifier: "Iran-backed", "U.S.-led", "pro-Iran", "anti-ISIS".</summary>
    private List<Candidate> DropHyphenModifiers(Work work, List<Candidate> chosen)
    {
        Token[] tokens = work.Tokens;
        string text = work.Text;
        bool[] starts = work.Flags();
        bool[] ends = work.Flags(second: true);
        foreach (Candidate c in chosen)
        {
            starts[c.FirstToken] = true;
            ends[c.LastToken] = true;
        }

        chosen.RemoveAll(c => !Keep(c));
        return chosen;

        bool Keep(Candidate c)
        {
            int after = c.LastToken + 1;
            if ((after + 1 < tokens.Length && starts[after + 1]) || (c.FirstToken - 2 >= 0 && ends[c.FirstToken - 2]))
            {
                return true; // two names joined by a hyphen: "US-Coalition", "U.S.-Iran"
            }

            if (after + 1 < tokens.Length && IsJoinedHyphen(text, tokens, after) && tokens[after + 1].Kind == TokenKind.Word
                && (!tokens[after + 1].Has(TokenTraits.Capitalized) || IsCommonToken(work, after + 1)))
            {
                return false;
            }

            int before = c.FirstToken - 1;
            return !(before - 1 >= 0 && IsJoinedHyphen(text, tokens, before) && tokens[before - 1].Kind == TokenKind.Word && !tokens[before - 1].Has(TokenTraits.Capitalized));
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
