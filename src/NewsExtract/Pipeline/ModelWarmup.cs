namespace NewsExtract.Pipeline;

/// <summary>
/// Starts loading the embedded models on the thread pool, for a process that is about to annotate (the command line):
/// the syntax models and the name model then decode on other cores while the calling thread reads the lexicons and
/// the gazetteers, instead of one after the other at the first document. The models stay lazy for the library: an
/// extractor never loads them before a document needs them unless this is called.
/// </summary>
/// <remarks>A model that fails to load fails the same way when a layer asks for it (its <see cref="Lazy{T}"/> keeps
/// the exception), so nothing is lost by not observing the tasks.</remarks>
internal static class ModelWarmup
{
    /// <summary>Starts the loads that <paramref name="options"/> will need; returns at once.</summary>
    public static void Start(NewsExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The syntax models are the biggest (about 70 % of the CPU of a cold `annotate`): every pipeline parses the
        // sentences that can hold a statement, so they are always needed.
        _ = Task.Run(() => Syntax.SyntaxModels.Default);
        if (options.NameModel)
        {
            _ = Task.Run(() => Entities.Names.NameTagger.Default);
        }
    }
}
