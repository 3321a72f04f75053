using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace NewsExtract.ML;

/// <summary>Adds <c>ExtractNews</c> to <c>mlContext.Transforms</c>.</summary>
public static class NewsExtractCatalog
{
    /// <summary>
    /// Annotates the text column with <see cref="NewsExtractor"/> and adds four columns: <c>NewsEntityKeys</c>,
    /// <c>NewsEntityTypes</c> and <c>NewsStatementSources</c> as variable-length text vectors, and <c>NewsCounts</c>
    /// (<see cref="NewsFeatures.CountNames"/>) as a float vector. Featurize the text vectors with, for example,
    /// <c>mlContext.Transforms.Categorical.OneHotHashEncoding(..., outputKind: OneHotEncodingEstimator.OutputKind.Bag)</c>.
    /// </summary>
    /// <param name="catalog">The transforms catalog.</param>
    /// <param name="inputColumnName">The text column.</param>
    /// <returns>The estimator. A model that contains it can be saved; call <see cref="RegisterNewsExtract"/> before
    /// loading one.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IEstimator<ITransformer> ExtractNews(this TransformsCatalog catalog, string inputColumnName = "Text")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(inputColumnName);

        // The mapping reads a fixed column name, so that a saved model loads whatever the user's column was called.
        return new EstimatorChain<ITransformer>()
            .Append(catalog.CopyColumns(NewsArticle.TextColumn, inputColumnName))
            .Append(catalog.CustomMapping<NewsArticle, NewsFeatures>(NewsExtractMappingFactory.Map, NewsExtractMappingFactory.ContractName))
            .Append(catalog.DropColumns(NewsArticle.TextColumn));
    }

    /// <summary>Registers this assembly with ML.NET, so that <c>mlContext.Model.Load</c> can rebuild the transform.</summary>
    /// <param name="context">The ML.NET context.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public static void RegisterNewsExtract(this MLContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ComponentCatalog.RegisterAssembly(typeof(NewsExtractMappingFactory).Assembly);
    }
}

/// <summary>Rebuilds the news transform when a saved model is loaded (ML.NET's custom-mapping contract).</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class NewsExtractMappingFactory : CustomMappingFactory<NewsArticle, NewsFeatures>
{
    /// <summary>The name under which a saved model refers to the transform.</summary>
    public const string ContractName = "NewsExtract.ExtractNews.v1";

    private static readonly Lazy<NewsExtractor> s_extractor = new(NewsExtractor.CreateDefault);

    /// <summary>Annotates one row (the extractor is built once and shared; it is thread-safe).</summary>
    /// <param name="article">The input row.</param>
    /// <param name="features">The output row.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Map(NewsArticle article, NewsFeatures features)
    {
        ArgumentNullException.ThrowIfNull(article);
        NewsFeatures.Fill(s_extractor.Value.Annotate(article.Text ?? string.Empty), features);
    }

    /// <inheritdoc/>
    public override Action<NewsArticle, NewsFeatures> GetMapping() => Map;
}
