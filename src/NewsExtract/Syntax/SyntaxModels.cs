using NewsExtract.Learning;

namespace NewsExtract.Syntax;

/// <summary>
/// The four syntax models (tagger, lemmatizer, parser, labeller), loaded once from the files embedded in the package
/// (<c>Lexicons/Models/*.bin</c>) and shared by every thread: they are read-only after loading.
/// </summary>
internal sealed class SyntaxModels
{
    private const string Prefix = "NewsExtract.Models.";
    private static readonly Lazy<SyntaxModels> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public SyntaxModels(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser, RelationLabeller labeller)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Labeller = labeller;
        CommaTag = Array.IndexOf(tagger.ClassXpos, ",");
        OpenQuoteTag = tagger.ClassOf(UposTag.Punct, "``");
        CloseQuoteTag = tagger.ClassOf(UposTag.Punct, "''");
        PassiveMarker = new bool[labeller.Labels.Length];
        for (int i = 0; i < labeller.Labels.Length; i++)
        {
            PassiveMarker[i] = Morphology.MarksPassive(labeller.Labels[i]);
        }

        ClassFeatures = new string[tagger.ClassCount];
        PassiveFeatures = new string[tagger.ClassCount];
        for (int c = 0; c < tagger.ClassCount; c++)
        {
            ClassFeatures[c] = Morphology.Features(tagger.ClassXpos[c], passive: false);
            PassiveFeatures[c] = Morphology.Features(tagger.ClassXpos[c], passive: true);
        }
    }

    public static SyntaxModels Default => s_default.Value;

    public PosTagger Tagger { get; }

    public Lemmatizer Lemmatizer { get; }

    public DependencyParser Parser { get; }

    public RelationLabeller Labeller { get; }

    public int CommaTag { get; }

    /// <summary>The class of an opening quotation mark (PUNCT, ``): the tokenizer knows a quote's direction better than the tagger.</summary>
    public int OpenQuoteTag { get; }

    /// <summary>The class of a closing quotation mark (PUNCT, '').</summary>
    public int CloseQuoteTag { get; }

    public bool[] PassiveMarker { get; }

    public string[] ClassFeatures { get; }

    public string[] PassiveFeatures { get; }

    public static string FileName(string kind) => kind + ".bin";

    /// <summary>Tags, parses and labels one sentence held in <paramref name="a"/>.Words.</summary>
    public void Analyze(SentenceAnalysis a, bool parse = true)
    {
        int n = a.Words.Count;
        a.EnsureCapacity(n);
        Tagger.Tag(a.Words, a.Tags, a.HasForced ? a.Forced : default);
        if (!parse)
        {
            return;
        }

        a.Input.Reset(a.Words, a.Tags, CommaTag);
        Parser.Parse(a.Input, a.State, a.Heads);
        a.Tree.Reset(a.Heads, n);
        Labeller.Label(a.Input, a.Tree, a.Labels);
    }

    /// <summary>
    /// Loads the four embedded models, the three large ones on the thread pool while this thread loads the rest: on a
    /// machine with more than one core a cold start waits for the slowest model, not for their sum.
    /// </summary>
    private static SyntaxModels LoadEmbedded()
    {
        Task<DependencyParser> parser = Task.Run(() => Load(DependencyParser.Kind, ParserFeatures.Version, DependencyParser.Read));
        Task<RelationLabeller> labeller = Task.Run(() => Load(RelationLabeller.Kind, LabellerFeatures.Version, RelationLabeller.Read));
        PosTagger tagger = Load(PosTagger.Kind, TaggerFeatures.Version, PosTagger.Read);
        Lemmatizer lemmatizer = Load(Lemmatizer.Kind, Lemmatizer.Version, Lemmatizer.Read);
        return new SyntaxModels(tagger, lemmatizer, parser.GetAwaiter().GetResult(), labeller.GetAwaiter().GetResult());
    }

    private static T Load<T>(string kind, int version, Func<BinaryReader, T> read)
    {
        string name = FileName(kind);
        using Stream stream = typeof(SyntaxModels).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException(Errors.ResourceMissing(name));
        using BinaryReader reader = ModelFile.Open(stream, name, kind, version, out _);
        return read(reader);
    }

    /// <summary>Loads models from a folder of model files (the trainer's output), for evaluation before embedding.</summary>
    public static SyntaxModels LoadFrom(string folder)
    {
        T Read<T>(string kind, int version, Func<BinaryReader, T> read)
        {
            string path = Path.Combine(folder, FileName(kind));
            using FileStream stream = File.OpenRead(path);
            using BinaryReader reader = ModelFile.Open(stream, path, kind, version, out _);
            return read(reader);
        }

        return new SyntaxModels(
            Read(PosTagger.Kind, TaggerFeatures.Version, PosTagger.Read),
            Read(Lemmatizer.Kind, Lemmatizer.Version, Lemmatizer.Read),
            Read(DependencyParser.Kind, ParserFeatures.Version, DependencyParser.Read),
            Read(RelationLabeller.Kind, LabellerFeatures.Version, RelationLabeller.Read));
    }
}
