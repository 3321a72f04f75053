namespace NewsExtract.Training;

/// <summary>The trainer's command line.</summary>
internal sealed class TrainingOptions
{
    public const string Usage =
        "usage: NewsExtract.Training [--data DIR] [--out DIR] [--figures FILE] [--no-gum] [--tagger-epochs N] " +
        "[--parser-epochs N] [--labeller-epochs N] [--folds N] [--seed N] [--prune-tagger W] [--prune-parser W] [--prune-labeller W] [--analyze MODEL_DIR] [--lemmatizer-only] [--tagger-only] [--tag-cache FILE] [--labeller-only MODEL_DIR] [--prune-parser-rows]";

    public string Data { get; private set; } = "";

    public string Out { get; private set; } = "";

    public string? Figures { get; private set; }

    public bool Gum { get; private set; } = true;

    /// <summary>A folder of trained models to analyse on dev instead of training.</summary>
    public string? AnalyzeOnly { get; private set; }

    /// <summary>Gets whether only the lemmatizer is trained and written (it depends on no other model).</summary>
    public bool LemmatizerOnly { get; private set; }

    /// <summary>Gets whether only the tagger is trained and scored on dev, nothing written (to try tagger features).</summary>
    public bool TaggerOnly { get; private set; }

    /// <summary>A file that keeps the jackknifed tags between runs (experiments only; the default trains them).</summary>
    public string? TagCache { get; private set; }

    /// <summary>A folder of trained models whose tagger and parser are kept while only the labeller is trained (experiments).</summary>
    public string? LabellerOnly { get; private set; }

    public int TaggerEpochs { get; private set; } = 8;

    public int ParserEpochs { get; private set; } = 15;

    /// <summary>Weights smaller than these are left out of the model files (size, and speed: a smaller table stays in cache).</summary>
    public float PruneTagger { get; private set; } = 0.5f;

    public float PruneParser { get; private set; } = 2f;

    /// <summary>Gets whether the parser keeps all four weights of a kept feature (see AveragedPerceptron.ToModel):
    /// better dev figures, but downstream eval moved (see docs/notes/issue-12-accuracy.md), so not the default yet.</summary>
    public bool PruneParserRows { get; private set; }

    public float PruneLabeller { get; private set; } = 0.5f;

    public int LabellerEpochs { get; private set; } = 8;

    public int Folds { get; private set; } = 4;

    public int Seed { get; private set; } = 1;

    public static TrainingOptions? Parse(string[] args)
    {
        string root = FindRoot();
        var o = new TrainingOptions
        {
            Data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data")),
            Out = Path.Combine(root, "src", "NewsExtract", "Lexicons", "Models"),
            Figures = Path.Combine(root, "docs", "syntax-training.json"),
        };
        for (int i = 0; i < args.Length; i++)
        {
            string? next = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--data" when next is not null: o.Data = next; i++; break;
                case "--out" when next is not null: o.Out = next; i++; break;
                case "--figures" when next is not null: o.Figures = next; i++; break;
                case "--no-gum": o.Gum = false; break;
                case "--analyze" when next is not null: o.AnalyzeOnly = next; i++; break;
                case "--lemmatizer-only": o.LemmatizerOnly = true; break;
                case "--tagger-only": o.TaggerOnly = true; break;
                case "--prune-parser-rows": o.PruneParserRows = true; break;
                case "--tag-cache" when next is not null: o.TagCache = next; i++; break;
                case "--labeller-only" when next is not null: o.LabellerOnly = next; i++; break;
                case "--tagger-epochs" when int.TryParse(next, out int t): o.TaggerEpochs = t; i++; break;
                case "--parser-epochs" when int.TryParse(next, out int p): o.ParserEpochs = p; i++; break;
                case "--labeller-epochs" when int.TryParse(next, out int l): o.LabellerEpochs = l; i++; break;
                case "--folds" when int.TryParse(next, out int f) && f >= 2: o.Folds = f; i++; break;
                case "--seed" when int.TryParse(next, out int s): o.Seed = s; i++; break;
                case "--prune-tagger" when float.TryParse(next, System.Globalization.CultureInfo.InvariantCulture, out float pt): o.PruneTagger = pt; i++; break;
                case "--prune-parser" when float.TryParse(next, System.Globalization.CultureInfo.InvariantCulture, out float pp): o.PruneParser = pp; i++; break;
                case "--prune-labeller" when float.TryParse(next, System.Globalization.CultureInfo.InvariantCulture, out float pl): o.PruneLabeller = pl; i++; break;
                default: return null;
            }
        }

        return o;
    }

    /// <summary>Gets the repository root (see <see cref="FindRoot"/>).</summary>
    public static string Root => FindRoot();

    /// <summary>The repository root: the folder holding NewsExtract.sln, found by walking up from here.</summary>
    internal static string FindRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? d = new(start); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "NewsExtract.sln")))
                {
                    return d.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
