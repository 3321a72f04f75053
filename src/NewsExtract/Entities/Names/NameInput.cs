using NewsExtract.Learning;
using NewsExtract.Lexicons;

namespace NewsExtract.Entities.Names;

/// <summary>
/// The name finder's view of a document: per token, the hashes its features are made of (form, lower case, shape,
/// affixes), its flags (sentence start, headline, common word, title word, capitals) and the gazetteer's BILOU tag.
/// Computed once per token into arrays that are reused from document to document.
/// </summary>
internal sealed class NameInput
{
    public const int SentenceStart = 1;
    public const int Headline = 2;
    public const int Common = 4;
    public const int Title = 8;
    public const int Capitalized = 16;
    public const int AllCaps = 32;
    public const int Digit = 64;
    public const int Candidate = 128;

    /// <summary>Longer tokens are read only up to this many characters.</summary>
    public const int MaxNormalized = 64;

    private readonly NameWordCache _words = new();

    private string _text = "";
    private Token[] _tokens = [];
    private bool[] _ready = [];

    public int Count { get; private set; }

    /// <summary>The decoder's buffers, reused from sentence to sentence.</summary>
    public NameLattice Lattice { get; } = new();

    /// <summary>The word cache this input reads (and the name finder keeps its per-word scores in).</summary>
    public NameWordCache Words => _words;

    /// <summary>Per token, its entry in <see cref="Words"/>, valid while <see cref="WordGeneration"/> equals the cache's generation.</summary>
    public int[] WordEntry { get; private set; } = [];

    /// <summary>Per token, the cache generation <see cref="WordEntry"/> was taken in.</summary>
    public int[] WordGeneration { get; private set; } = [];

    public uint[] Word { get; private set; } = [];

    public uint[] Lower { get; private set; } = [];

    public uint[] Shape { get; private set; } = [];

    public uint[] Prefix3 { get; private set; } = [];

    public uint[] Suffix3 { get; private set; } = [];

    public uint[] Suffix2 { get; private set; } = [];

    public int[] Flags { get; private set; } = [];

    /// <summary>How often the word is a proper noun in the treebanks (<see cref="ProperNounClass"/>), per token.</summary>
    public byte[] Proper { get; private set; } = [];

    /// <summary>The gazetteer's BILOU tag per token (<see cref="NameTags"/>), or 0.</summary>
    public int[] Gazetteer { get; private set; } = [];

    /// <summary>Starts a document: the arrays are filled lazily (<see cref="Ensure"/>); gazetteer tags and sentence flags start empty.</summary>
    public void Reset(string text, Token[] tokens, LexiconSet lexicons, IReadOnlyDictionary<uint, byte> properNouns)
    {
        int n = tokens.Length;
        if (Word.Length < n)
        {
            int size = Math.Max(n, Word.Length * 2);
            Word = new uint[size];
            Lower = new uint[size];
            Shape = new uint[size];
            Prefix3 = new uint[size];
            Suffix3 = new uint[size];
            Suffix2 = new uint[size];
            Flags = new int[size];
            Gazetteer = new int[size];
            Proper = new byte[size];
            WordEntry = new int[size];
            WordGeneration = new int[size];
        }

        Count = n;
        _text = text;
        _tokens = tokens;
        _words.Use(lexicons, properNouns);
        if (_ready.Length < Word.Length)
        {
            _ready = new bool[Word.Length];
        }

        Array.Clear(Gazetteer, 0, n);
        Array.Clear(_ready, 0, n);

        // Only whether a token can start a name is needed for every token; the rest is computed when a token or its
        // neighbour is scored (most tokens never are), by Ensure.
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> form = tokens[i].Slice(text);
            if (form.Length > MaxNormalized)
            {
                form = form[..MaxNormalized];
            }

            Flags[i] = HasUpper(form) ? Candidate : 0;
        }
    }

    /// <summary>Computes token <paramref name="i"/>'s hashes and flags if not done yet for this document.</summary>
    public void Ensure(int i)
    {
        if (_ready[i])
        {
            return;
        }

        _ready[i] = true;
        Token token = _tokens[i];
        ReadOnlySpan<char> form = token.Slice(_text);
        if (form.Length > MaxNormalized)
        {
            form = form[..MaxNormalized];
        }

        ref readonly NameWordCache.Entry e = ref _words.Get(form, out int entry);
        WordEntry[i] = entry;
        WordGeneration[i] = _words.Generation;
        Word[i] = e.Word;
        Lower[i] = e.Lower;
        Proper[i] = e.Proper;
        Shape[i] = e.Shape;
        Prefix3[i] = e.Prefix3;
        Suffix3[i] = e.Suffix3;
        Suffix2[i] = e.Suffix2;
        int flags = e.Flags;
        flags |= token.Has(TokenTraits.Capitalized) ? Capitalized : 0;
        flags |= token.Has(TokenTraits.AllCaps) ? AllCaps : 0;
        Flags[i] |= flags;
    }

    private static bool HasUpper(ReadOnlySpan<char> form)
    {
        if (form.ContainsAnyInRange('A', 'Z'))
        {
            return true;
        }

        if (System.Text.Ascii.IsValid(form))
        {
            return false;
        }

        foreach (char c in form)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hash of a word's normalized form (<see cref="NameNormalizer.Normalize"/>), the key of <see cref="Lower"/>.</summary>
    public static uint LowerHash(ReadOnlySpan<char> form)
    {
        Span<char> normalized = stackalloc char[MaxNormalized * 4];
        int length = NameNormalizer.Normalize(form.Length > MaxNormalized ? form[..MaxNormalized] : form, normalized);
        return FeatureHash.OfChars(normalized[..length]);
    }

    /// <summary>
    /// The class of a word by how often a treebank tags it PROPN: 0 rare or unseen, 1 almost always (at least 90 %),
    /// 2 mostly, 3 sometimes (at least 10 %), 4 hardly ever. It tells names from capitalised common words in
    /// headlines and at sentence starts, and generalises past the words of the NER training data.
    /// </summary>
    public static byte ProperNounClass(int count, int proper) =>
        count < 2 ? (byte)0 : proper >= 0.9 * count ? (byte)1 : proper >= 0.5 * count ? (byte)2 : proper >= 0.1 * count ? (byte)3 : (byte)4;

    /// <summary>Marks tokens <paramref name="first"/>..<paramref name="last"/> as a gazetteer match of <paramref name="type"/>.</summary>
    public void SetGazetteer(int first, int last, NameClass type) => NameTags.Write(Gazetteer, first, last, type);

    /// <summary>
    /// Marks sentence starts and the tokens of short headlines (at most <paramref name="maxHeadlineChars"/> long): in
    /// a title-case headline every word is capitalised, so capitals say less there.
    /// </summary>
    public void SetStructure(ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<Zone> zones, int maxHeadlineChars)
    {
        foreach (Sentence s in sentences)
        {
            if (s.FirstToken < Count)
            {
                Flags[s.FirstToken] |= SentenceStart;
            }
        }

        int t = 0;
        foreach (Zone zone in zones)
        {
            while (t < Count && tokens[t].Start < zone.Span.Start)
            {
                t++;
            }

            bool headline = zone.Kind == ZoneKind.Headline && zone.Span.Length <= maxHeadlineChars;
            for (; t < Count && tokens[t].Start < zone.Span.End; t++)
            {
                Flags[t] |= headline ? Headline : 0;
            }
        }
    }

    /// <summary>Clears the gazetteer tags (training drops them out so the model learns context, not the list).</summary>
    public void ClearGazetteer() => Array.Clear(Gazetteer, 0, Count);
}
