using NewsExtract.Learning;

namespace NewsExtract.Events;

/// <summary>
/// The trigger classifier: an averaged perceptron over <see cref="TriggerFeatures"/> that says whether a candidate
/// token (a word of force) names a use of force reported as having happened. Trained by
/// <c>tools/NewsExtract.Training events</c> from the event gold; embedded as <c>Lexicons/Models/events.bin</c>.
/// </summary>
internal sealed class TriggerModel
{
    public const string Kind = "events";
    private const string Resource = "NewsExtract.Models.events.bin";
    private static readonly Lazy<TriggerModel?> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public TriggerModel(LinearModel model)
    {
        Model = model;
    }

    /// <summary>Gets the embedded model, or <see langword="null"/> when the package has none (the lexicon rules decide).</summary>
    public static TriggerModel? Default => s_default.Value;

    public LinearModel Model { get; }

    /// <summary>Whether the features say "trigger".</summary>
    public bool IsTrigger(ReadOnlySpan<uint> features)
    {
        Span<float> scores = stackalloc float[2];
        Model.Score(features, scores);
        return scores[1] > scores[0];
    }

    public void Write(BinaryWriter writer) => Model.Write(writer);

    public static TriggerModel Read(BinaryReader reader) => new(LinearModel.Read(reader));

    private static TriggerModel? LoadEmbedded()
    {
        using Stream? stream = typeof(TriggerModel).Assembly.GetManifestResourceStream(Resource);
        if (stream is null)
        {
            return null;
        }

        using BinaryReader reader = ModelFile.Open(stream, "events.bin", Kind, TriggerFeatures.Version, out _);
        return Read(reader);
    }
}
