// NewsExtract in a console program: one article, or every *.txt of a folder.
//
//   dotnet run --project samples/NewsExtract.Samples.Console -- samples/articles/erbil-rockets.txt
//   dotnet run --project samples/NewsExtract.Samples.Console -- samples/articles
using NewsExtract;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: NewsExtract.Samples.Console ARTICLE.txt|FOLDER");
    return 2;
}

NewsExtractor extractor = NewsExtractor.CreateDefault();   // build once, reuse: thread-safe
if (Directory.Exists(args[0]))
{
    int failed = 0;
    await foreach (ArticleResult result in extractor.AnnotateFolderAsync(args[0]))
    {
        if (result.Succeeded)
        {
            NewsDocument doc = result.Document!;
            Console.WriteLine($"{result.Id}: {doc.Entities.Length} entity mentions, {doc.Quantities.Length} counts, {doc.Attributions.Length} statements");
        }
        else
        {
            failed++;
            Console.WriteLine($"{result.Id}: failed, {result.Error}");
        }
    }

    return failed == 0 ? 0 : 1;
}

NewsDocument article = extractor.Annotate(ArticleText.ReadFile(args[0]));
Console.WriteLine($"published: {article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}");
foreach (EntityMention e in article.Entities.DistinctBy(e => e.Key))
{
    Console.WriteLine($"entity     {e.Type,-12} {e.Key,-32} {article.GetText(e.Span)}");
}

foreach (Quantity q in article.Quantities)
{
    Console.WriteLine($"count      {q.Value,-12} {q.Noun,-32} {article.GetText(q.Span)}");
}

foreach (Attribution a in article.Attributions)
{
    string source = a.Source is null ? "(none)" : a.Source.Key ?? article.GetText(a.Source.Span);
    Console.WriteLine($"statement  {a.Stance,-12} {source,-32} {article.GetText(a.Content)}");
}

return 0;
