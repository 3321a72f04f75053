using NewsExtract.Entities;
using NewsExtract.Entities.Names;
using NewsExtract.Evaluation;
using NewsExtract.Lexicons;

namespace NewsExtract.Training;

/// <summary>
/// One training or test text for the name finder, tokenized and split by the library itself (so the model sees the
/// tokens, sentences, zones and gazetteer matches it will see at run time), with the gold BILOU tag of each token.
/// </summary>
internal sealed record NerExample(
    string Text,
    Token[] Tokens,
    Sentence[] Sentences,
    Zone[] Zones,
    (int First, int Last, NameClass Type)[] Gazetteer,
    int[] Gold)
{
    /// <summary>Silver data: the gold names are the gazetteer's own matches, so the model never sees the gazetteer tags of this text.</summary>
    public bool Silver { get; init; }
}

/// <summary>Builds <see cref="NerExample"/>s from BIO files and gold articles.</summary>
internal sealed class NerData
{
    private readonly NewsExtractor _extractor = NewsExtractor.Create(new NewsExtractorOptions { NameModel = false });
    private readonly LexiconSet _lexicons = LexiconSet.Default;

    public int Dropped { get; private set; }

    /// <summary>
    /// A BIO sentence, its forms joined by spaces. With <paramref name="re3d"/>, re3d's wider spans are cut to the name:
    /// leading lower-case words, "the" and (for persons) everything up to the last title word go; an organisation or
    /// place whose last word has no capital ("Iraqi security forces", "rebels") is no name and is dropped.
    /// </summary>
    public NerExample FromBio(BioSentence s, bool re3d)
    {
        string text = BioFile.Join(s, out int[] starts);
        NewsDocument doc = _extractor.Annotate(text);
        Token[] tokens = [.. doc.Tokens];
        int[] gold = new int[tokens.Length];
        foreach (BioSpan span in BioFile.Spans(s))
        {
            NameClass? type = BioFile.Coarse(span.Type) switch
            {
                "PER" => NameClass.Person,
                "ORG" => NameClass.Organization,
                "LOC" => NameClass.Location,
                _ => null,
            };
            if (type is null)
            {
                continue;
            }

            int start = starts[span.First], end = starts[span.Last] + s.Forms[span.Last].Length;
            if (TokenRange(tokens, start, end) is not (int first, int last))
            {
                Dropped++;
                continue;
            }

            // Persons lose their titles in every source ("Mr. Burton" gives Burton: GUM tags "Mr." PROPN).
            if ((re3d || type == NameClass.Person) && !CutToName(text, tokens, ref first, ref last, type.Value))
            {
                continue;
            }

            if (gold.AsSpan(first, last - first + 1).ContainsAnyExcept(NameTags.Outside))
            {
                continue;
            }

            NameTags.Write(gold, first, last, type.Value);
        }

        return new NerExample(text, tokens, [.. doc.Sentences], [.. doc.Zones], GazetteerOf(doc, tokens), gold);
    }

    /// <summary>
    /// Silver data from a treebank sentence: the gazetteer's matches are the names. Taken only when every proper noun
    /// (the treebank's gold UPOS) lies inside a match, so no name the list does not know is taught as O; null otherwise,
    /// and for a sentence with no match. The example is <see cref="NerExample.Silver"/>: its gazetteer tags are never shown.
    /// </summary>
    public NerExample? FromSilver(NewsExtract.Syntax.ConlluSentence s)
    {
        var bio = new BioSentence([.. s.Forms], [.. Enumerable.Repeat("O", s.Count)]);
        string text = BioFile.Join(bio, out int[] starts);
        NewsDocument doc = _extractor.Annotate(text);
        Token[] tokens = [.. doc.Tokens];
        var gazetteer = GazetteerOf(doc, tokens);
        if (gazetteer.Length == 0)
        {
            return null;
        }

        for (int w = 0; w < s.Count; w++)
        {
            int start = starts[w], end = start + s.Forms[w].Length;
            if (s.Upos[w] == "PROPN" && !gazetteer.Any(g => tokens[g.First].Start <= start && tokens[g.Last].End >= end))
            {
                return null;
            }
        }

        int[] gold = new int[tokens.Length];
        foreach ((int first, int last, NameClass type) in gazetteer)
        {
            if (!gold.AsSpan(first, last - first + 1).ContainsAnyExcept(NameTags.Outside))
            {
                NameTags.Write(gold, first, last, type);
            }
        }

        return new NerExample(text, tokens, [.. doc.Sentences], [.. doc.Zones], gazetteer, gold) { Silver = true };
    }

    /// <summary>A gold article: every gold entity but nationalities is a name.</summary>
    public NerExample FromGold(GoldDocument goldDoc)
    {
        NewsDocument doc = _extractor.Annotate(goldDoc.Text, goldDoc.Published);
        Token[] tokens = [.. doc.Tokens];
        int[] gold = new int[tokens.Length];
        foreach (GoldEntity e in goldDoc.Entities)
        {
            if (NameTags.ClassOf(e.Type) is not NameClass type || TokenRange(tokens, e.Span.Start, e.Span.End) is not (int first, int last)
                || gold.AsSpan(first, last - first + 1).ContainsAnyExcept(NameTags.Outside))
            {
                continue;
            }

            NameTags.Write(gold, first, last, type);
        }

        return new NerExample(goldDoc.Text, tokens, [.. doc.Sentences], [.. doc.Zones], GazetteerOf(doc, tokens), gold);
    }

    /// <summary>Fills <paramref name="input"/> as the entity layer does at run time; <paramref name="gazetteer"/> false leaves the gazetteer out.</summary>
    public IReadOnlyDictionary<uint, byte> ProperNouns { get; set; } = new Dictionary<uint, byte>();

    public void Fill(NameInput input, NerExample e, bool gazetteer)
    {
        input.Reset(e.Text, e.Tokens, _lexicons, ProperNouns);
        input.SetStructure(e.Tokens, e.Sentences, e.Zones, 400);
        if (gazetteer)
        {
            foreach ((int first, int last, NameClass type) in e.Gazetteer)
            {
                input.SetGazetteer(first, last, type);
            }
        }
    }

    private bool CutToName(string text, Token[] tokens, ref int first, ref int last, NameClass type)
    {
        char[] norm = new char[256];
        bool Drop(int t)
        {
            ReadOnlySpan<char> form = tokens[t].Slice(text);
            if (!form.ContainsAnyInRange('A', 'Z'))
            {
                return true;
            }

            int n = NameNormalizer.Normalize(form[..Math.Min(form.Length, 64)], norm);
            return norm.AsSpan(0, n) is "the" || (type == NameClass.Person && _lexicons.EntityLexicons.Titles.ContainsKey(norm.AsSpan(0, n)));
        }

        if (type == NameClass.Person)
        {
            for (int t = last - 1; t >= first; t--)
            {
                if (Drop(t))
                {
                    first = t + 1;
                    break;
                }
            }
        }

        while (first <= last && Drop(first))
        {
            first++;
        }

        return first <= last && tokens[last].Slice(text).ContainsAnyInRange('A', 'Z');
    }

    private static (int First, int Last, NameClass Type)[] GazetteerOf(NewsDocument doc, Token[] tokens)
    {
        var list = new List<(int, int, NameClass)>();
        foreach (EntityMention m in doc.Entities)
        {
            if (m.Origin == EntityOrigin.Gazetteer && NameTags.ClassOf(m.Type) is NameClass type && TokenRange(tokens, m.Span.Start, m.Span.End) is (int first, int last))
            {
                list.Add((first, last, type));
            }
        }

        return [.. list];
    }

    /// <summary>The tokens inside [<paramref name="start"/>, <paramref name="end"/>), or null when there are none.</summary>
    public static (int First, int Last)? TokenRange(Token[] tokens, int start, int end)
    {
        int first = -1, last = -1;
        for (int t = 0; t < tokens.Length && tokens[t].Start < end; t++)
        {
            if (tokens[t].Start >= start && tokens[t].End <= end)
            {
                first = first < 0 ? t : first;
                last = t;
            }
        }

        return first < 0 ? null : (first, last);
    }
}
