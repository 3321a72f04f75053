using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>
/// Learns the lemmas that cue a statement, for the attribution layer's parse sieve, and writes
/// <c>src/NewsExtract/Lexicons/Data/cuelemmas.tsv</c>. Two sources, both deterministic:
/// <list type="bullet">
/// <item>the treebanks (UD EWT train, GUM train): a verb lemma that heads a clausal complement or a parataxis while it
/// has a nominal subject in at least <see cref="MinClausal"/> sentences and in at least <see cref="MinShare"/> of its uses
/// as a verb ("think", "say", "believe", "conclude");</item>
/// <item>the gold statements of <c>corpus/</c> and <c>tests/invented/</c>: the first word of each cue, lemmatized through
/// <c>cues.tsv</c> ("vowed" gives "vow", "claimed responsibility" gives "claim").</item>
/// <item>the lemmas of the hand-made lexicon <c>cues.tsv</c> (one-word lemmas: "take responsibility" adds nothing),
/// so that what the surface sieves know the parse sieve knows too.</item>
/// </list>
/// Lemmas of the AccordingTo class ("per", "cite") are left out: the according-to sieve reads them. Each lemma's class and stance come from <c>cues.tsv</c> when it lists the lemma, else Cognition and Asserted.
/// <code>dotnet run --project tools/NewsExtract.Training -c Release -- --cue-lemmas</code>
/// </summary>
internal static class CueLemmaLearner
{
    private const int MinClausal = 4;
    private const double MinShare = 0.25;

    public static int Run(string root, TextWriter log)
    {
        string data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "ud"));
        var verbs = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clausal = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (string file in new[] { Path.Combine(data, "en_ewt", "en_ewt-ud-train.conllu"), Path.Combine(data, "gum", "gum-train.conllu") })
        {
            foreach (ConlluSentence s in ConlluReader.Read(file))
            {
                Count(s, verbs, clausal, forms);
            }
        }

        string dataDir = Path.Combine(root, "src", "NewsExtract", "Lexicons", "Data");
        var known = ReadCues(Path.Combine(dataDir, "cues.tsv"));
        var gold = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string dir in new[] { Path.Combine(root, "corpus"), Path.Combine(root, "tests", "invented") })
        {
            foreach (string file in Directory.GetFiles(dir, "*.gold.json").Order(StringComparer.Ordinal))
            {
                CountGoldCues(file, known.Forms, gold);
            }
        }

        var lemmas = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((string lemma, int n) in clausal)
        {
            if (n >= MinClausal && n >= MinShare * verbs[lemma])
            {
                lemmas.Add(lemma);
            }
        }

        lemmas.UnionWith(gold.Keys);
        lemmas.UnionWith(known.Singles);
        lemmas.RemoveWhere(l => known.Classes.TryGetValue(l, out var c) && c.Item1 == "AccordingTo");
        var sb = new StringBuilder();
        sb.Append("# Lemmas that cue a statement, learned by tools/NewsExtract.Training --cue-lemmas (do not edit by hand).\n");
        sb.Append(CultureInfo.InvariantCulture, $"# Treebank (UD EWT train + GUM train, CC BY-SA 4.0): verbs heading ccomp/parataxis with an nsubj in >= {MinClausal} sentences and >= {MinShare:P0} of their verb uses.\n");
        sb.Append("# Gold: first word of the cues of corpus/ and tests/invented/ gold statements, lemmatized through cues.tsv.\n");
        sb.Append("# Lexicon: the one-word lemmas of cues.tsv, AccordingTo class left out.\n");
        sb.Append("# class/stance from cues.tsv when it lists the lemma, else Cognition/Asserted. clausal/verbs: treebank counts; gold: gold cues.\n");
        sb.Append("# forms: the lemma's verb forms seen in the treebanks and in cues.tsv, for a cheap test of which sentences to parse.\n");
        sb.Append("lemma\tclass\tstance\tclausal\tverbs\tgold\tforms\n");
        foreach (string lemma in lemmas)
        {
            (string cls, string stance) = known.Classes.TryGetValue(lemma, out var c) ? c : ("Cognition", "Asserted");
            sb.Append(CultureInfo.InvariantCulture, $"{lemma}\t{cls}\t{stance}\t{clausal.GetValueOrDefault(lemma)}\t{verbs.GetValueOrDefault(lemma)}\t{gold.GetValueOrDefault(lemma)}\t{string.Join('|', Forms(lemma, forms, known.Forms))}\n");
        }

        string path = Path.Combine(dataDir, "cuelemmas.tsv");
        File.WriteAllText(path, sb.ToString());
        log.WriteLine($"cue lemmas: {lemmas.Count} ({gold.Count} from gold cues) -> {path}");
        return 0;
    }

    private static void Count(ConlluSentence s, SortedDictionary<string, int> verbs, SortedDictionary<string, int> clausal, Dictionary<string, SortedSet<string>> forms)
    {
        var subject = new bool[s.Count + 1];
        var complement = new bool[s.Count + 1];
        for (int i = 0; i < s.Count; i++)
        {
            string rel = s.Relations[i];
            int head = s.Heads[i];
            if (rel == "nsubj")
            {
                subject[head] = true;
            }
            else if (rel is "ccomp" or "parataxis")
            {
                complement[head] = true;
            }
        }

        for (int i = 0; i < s.Count; i++)
        {
            if (s.Upos[i] != "VERB")
            {
                continue;
            }

            string lemma = s.Lemmas[i].ToLowerInvariant();
            verbs[lemma] = verbs.GetValueOrDefault(lemma) + 1;
            if (!forms.TryGetValue(lemma, out SortedSet<string>? seen))
            {
                forms[lemma] = seen = new SortedSet<string>(StringComparer.Ordinal);
            }

            seen.Add(s.Forms[i].ToLowerInvariant().Replace('\u2019', '\''));
            if (subject[i + 1] && complement[i + 1])
            {
                clausal[lemma] = clausal.GetValueOrDefault(lemma) + 1;
            }
        }
    }

    private static SortedSet<string> Forms(string lemma, Dictionary<string, SortedSet<string>> treebank, Dictionary<string, string> lexicon)
    {
        var all = new SortedSet<string>(StringComparer.Ordinal) { lemma };
        if (treebank.TryGetValue(lemma, out SortedSet<string>? seen))
        {
            all.UnionWith(seen.Where(f => f.All(char.IsAsciiLetterLower)));
        }

        all.UnionWith(lexicon.Where(p => p.Value == lemma).Select(p => p.Key));
        return all;
    }

    private static (Dictionary<string, string> Forms, Dictionary<string, (string, string)> Classes, HashSet<string> Singles) ReadCues(string path)
    {
        var singles = new HashSet<string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var classes = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        bool header = true;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length < 4)
            {
                continue;
            }

            string form = f[0].Split(' ')[0].ToLowerInvariant();
            string lemma = f[1].Split(' ')[0].ToLowerInvariant();
            forms.TryAdd(form, lemma);
            if (!f[1].Contains(' ', StringComparison.Ordinal))
            {
                singles.Add(lemma);
                classes.TryAdd(lemma, (f[2], f[3]));
            }
        }

        foreach ((string form, string lemma) in forms)
        {
            if (form == lemma && !classes.ContainsKey(lemma))
            {
                // A lemma seen only in phrases ("claim responsibility"): the class of its first phrase.
                foreach (string line in File.ReadLines(path))
                {
                    string[] f = line.Split('\t');
                    if (f.Length >= 4 && f[1].StartsWith(lemma + " ", StringComparison.Ordinal))
                    {
                        classes.TryAdd(lemma, (f[2], f[3]));
                        break;
                    }
                }
            }
        }

        return (forms, classes, singles);
    }

    private static void CountGoldCues(string file, Dictionary<string, string> forms, SortedDictionary<string, int> gold)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        if (!json.RootElement.TryGetProperty("attributions", out JsonElement list))
        {
            return;
        }

        foreach (JsonElement a in list.EnumerateArray())
        {
            if (!a.TryGetProperty("cue", out JsonElement cue) || cue.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string first = cue.GetProperty("text").GetString()!.Split(' ')[0].ToLowerInvariant();
            if (forms.TryGetValue(first, out string? lemma) && lemma != "according")
            {
                gold[lemma] = gold.GetValueOrDefault(lemma) + 1;
            }
        }
    }
}
