using NewsExtract.Learning;

namespace NewsExtract.Syntax;

/// <summary>
/// The words of one sentence with the hashes every syntax model reads: the normalised form (lower case, digits as 0,
/// curly quotes straight), affixes and shape, computed once per word. A buffer: reused from sentence to sentence.
/// </summary>
internal sealed class SentenceWords
{
    public const int MaxHashedLength = 48;

    public int Count { get; private set; }

    public uint[] Norm { get; private set; } = new uint[64];

    public uint[] Shape { get; private set; } = new uint[64];

    public uint[] Suffix1 { get; private set; } = new uint[64];

    public uint[] Suffix2 { get; private set; } = new uint[64];

    public uint[] Suffix3 { get; private set; } = new uint[64];

    public uint[] Suffix4 { get; private set; } = new uint[64];

    public uint[] Prefix2 { get; private set; } = new uint[64];

    /// <summary>The tagger's ambiguity class of each word (the set of tags it had in training), 0 when unknown.</summary>
    public uint[] Ambiguity { get; private set; } = new uint[64];

    /// <summary>Flags: 1 capitalised, 2 all capitals, 4 has a digit, 8 has a hyphen, 16 first word.</summary>
    public byte[] Flags { get; private set; } = new byte[64];

    public void Reset(int count)
    {
        if (count > Norm.Length)
        {
            int size = Math.Max(count, Norm.Length * 2);
            Norm = new uint[size];
            Shape = new uint[size];
            Suffix1 = new uint[size];
            Suffix2 = new uint[size];
            Suffix3 = new uint[size];
            Suffix4 = new uint[size];
            Prefix2 = new uint[size];
            Ambiguity = new uint[size];
            Flags = new byte[size];
        }

        Count = count;
    }

    public void Set(int i, ReadOnlySpan<char> form)
    {
        Span<char> norm = stackalloc char[MaxHashedLength];
        Span<char> shape = stackalloc char[8];
        int n = 0;
        int s = 0;
        byte flags = 0;
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < form.Length && n < MaxHashedLength; k++)
        {
            char c = form[k];
            char shapeChar;
            if (char.IsUpper(c))
            {
                upper++;
                letters++;
                shapeChar = 'X';
                c = char.ToLowerInvariant(c);
            }
            else if (char.IsLetter(c))
            {
                letters++;
                shapeChar = 'x';
            }
            else if (char.IsDigit(c))
            {
                flags |= 4;
                shapeChar = 'd';
                c = '0';
            }
            else
            {
                c = NormalizePunctuation(c);
                if (c == '-')
                {
                    flags |= 8;
                }

                shapeChar = c;
            }

            norm[n++] = c;
            if (s < shape.Length && (s < 2 || shape[s - 1] != shapeChar || shape[s - 2] != shapeChar))
            {
                shape[s++] = shapeChar;
            }
        }

        if (upper > 0 && char.IsUpper(form[0]))
        {
            flags |= 1;
        }

        if (upper >= 2 && upper == letters)
        {
            flags |= 2;
        }

        if (i == 0)
        {
            flags |= 16;
        }

        ReadOnlySpan<char> w = norm[..n];
        Norm[i] = FeatureHash.OfChars(w);
        Shape[i] = FeatureHash.OfChars(shape[..s]);
        Suffix1[i] = FeatureHash.OfChars(w[Math.Max(0, n - 1)..]);
        Suffix2[i] = n >= 2 ? FeatureHash.OfChars(w[(n - 2)..]) : 0;
        Suffix3[i] = n >= 3 ? FeatureHash.OfChars(w[(n - 3)..]) : 0;
        Suffix4[i] = n >= 4 ? FeatureHash.OfChars(w[(n - 4)..]) : 0;
        Prefix2[i] = n >= 2 ? FeatureHash.OfChars(w[..2]) : 0;
        Flags[i] = flags;
        Ambiguity[i] = 0;
    }

    /// <summary>Curly quotes and apostrophes read as straight ones, dashes as a hyphen pair, so news text meets treebank text.</summary>
    private static char NormalizePunctuation(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2015' => '\u2014',
        '\u2026' => '.',
        _ => c,
    };
}
