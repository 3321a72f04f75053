// Trains a small text classifier twice, on plain n-grams and on n-grams plus NewsExtract's features, and prints the
// metrics of both. The task: does the report rest on the word of a named armed group (true) or on officials (false)?
// The data are invented here from templates (our own fiction, not news text), so the figures only show the plumbing.
//
//   dotnet run -c Release --project samples/NewsExtract.Samples.ML
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using NewsExtract.ML;

var ml = new MLContext(seed: 7);
IDataView data = ml.Data.LoadFromEnumerable(InventedReports(400, new Random(7)));
DataOperationsCatalog.TrainTestData split = ml.Data.TrainTestSplit(data, testFraction: 0.3, seed: 7);

var nGrams = ml.Transforms.Text.FeaturizeText("Features", "Text")
    .AppendCacheCheckpoint(ml)
    .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression());

var withNews = ml.Transforms.Text.FeaturizeText("NGrams", "Text")
    .Append(ml.Transforms.ExtractNews("Text"))
    .Append(ml.Transforms.Categorical.OneHotHashEncoding(
        [
            new InputOutputColumnPair("EntityBag", "NewsEntityKeys"),
            new InputOutputColumnPair("TypeBag", "NewsEntityTypes"),
            new InputOutputColumnPair("SourceBag", "NewsStatementSources"),
        ],
        OneHotEncodingEstimator.OutputKind.Bag,
        numberOfBits: 10))
    .Append(ml.Transforms.NormalizeMinMax("Counts", "NewsCounts"))
    .Append(ml.Transforms.Concatenate("Features", "NGrams", "EntityBag", "TypeBag", "SourceBag", "Counts"))
    .AppendCacheCheckpoint(ml)   // the trainer reads its data many times: annotate each article once, not once a pass
    .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression());

Report("n-grams only", nGrams.Fit(split.TrainSet).Transform(split.TestSet));
Report("n-grams + NewsExtract", withNews.Fit(split.TrainSet).Transform(split.TestSet));
return 0;

void Report(string name, IDataView predictions)
{
    CalibratedBinaryClassificationMetrics m = ml.BinaryClassification.Evaluate(predictions);
    Console.WriteLine($"{name,-24} accuracy {m.Accuracy:F3}  AUC {m.AreaUnderRocCurve:F3}  F1 {m.F1Score:F3}");
}

static IEnumerable<Report> InventedReports(int count, Random random)
{
    string[] groups = ["Kataib Hezbollah", "Harakat al-Nujaba", "the Islamic Resistance in Iraq", "Kataib Sayyid al-Shuhada"];
    string[] places = ["Ain al-Asad Air Base", "Erbil air base", "the Al-Tanf garrison", "a base near Baghdad airport"];
    string[] weapons = ["rockets", "drones", "mortar rounds"];
    string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    string[] groupVoice =
    [
        "{g} said it had fired {n} {w} at {p} on {d}.",
        "In a statement, {g} claimed the attack on {p}, saying {n} {w} had hit the target on {d}.",
        "\"We struck {p} with {n} {w},\" a spokesman for {g} said on {d}.",
    ];
    string[] officialVoice =
    [
        "{n} {w} struck {p} on {d}, a U.S. defense official said.",
        "According to two Iraqi security officials, {n} {w} were fired at {p} on {d}.",
        "The Pentagon said {n} {w} had targeted {p} on {d}, without naming a group.",
    ];
    for (int i = 0; i < count; i++)
    {
        bool label = random.Next(2) == 0;
        string[] templates = label ? groupVoice : officialVoice;
        string text = templates[random.Next(templates.Length)]
            .Replace("{g}", groups[random.Next(groups.Length)], StringComparison.Ordinal)
            .Replace("{p}", places[random.Next(places.Length)], StringComparison.Ordinal)
            .Replace("{w}", weapons[random.Next(weapons.Length)], StringComparison.Ordinal)
            .Replace("{d}", days[random.Next(days.Length)], StringComparison.Ordinal)
            .Replace("{n}", (2 + random.Next(8)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // Some reports mention a group in passing, so that a name alone does not give the answer away.
        if (random.Next(3) == 0)
        {
            text += $" {groups[random.Next(groups.Length)]} has carried out similar attacks before.";
        }

        yield return new Report { Text = text, Label = label };
    }
}

internal sealed class Report
{
    public string Text { get; set; } = string.Empty;

    public bool Label { get; set; }
}
