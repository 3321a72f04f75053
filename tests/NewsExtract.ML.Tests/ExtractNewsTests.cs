using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace NewsExtract.ML.Tests;

/// <summary>The ML.NET transform on a few invented articles (our own text): its columns and their values.</summary>
public sealed class ExtractNewsTests
{
    private static readonly Row[] s_rows =
    [
        new("Kataib Hezbollah fired two rockets at Ain al-Asad Air Base on Monday, a U.S. official said.", true),
        new("\"We had nothing to do with it,\" a Kataib Hezbollah spokesman said, denying the attack on the base.", false),
        new("The weather in Baghdad was mild on Tuesday.", false),
    ];

    [Fact]
    public void ExtractNews_AddsFourColumnsOfTheDocumentedTypes()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(s_rows);

        IDataView output = ml.Transforms.ExtractNews("Body").Fit(data).Transform(data);

        DataViewSchema schema = output.Schema;
        foreach (string name in new[] { "NewsEntityKeys", "NewsEntityTypes", "NewsStatementSources" })
        {
            var type = schema[name].Type.Should().BeOfType<VectorDataViewType>().Subject;
            type.ItemType.Should().Be(TextDataViewType.Instance);
            type.IsKnownSize.Should().BeFalse("the number of entities or statements varies by article");
        }

        var counts = schema["NewsCounts"].Type.Should().BeOfType<VectorDataViewType>().Subject;
        counts.ItemType.Should().Be(NumberDataViewType.Single);
        counts.Size.Should().Be(NewsFeatures.CountSlots).And.Be(NewsFeatures.CountNames.Count);
        schema["Body"].Should().NotBeNull("the input columns stay");
        schema.GetColumnOrNull(NewsArticle.TextColumn).Should().BeNull("the transform's own copy of the text is dropped");
    }

    [Fact]
    public void ExtractNews_ValuesAreTheLibrarysAnnotations()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(s_rows);

        IDataView output = ml.Transforms.ExtractNews("Body").Fit(data).Transform(data);

        string[][] keys = Texts(output, "NewsEntityKeys");
        string[][] types = Texts(output, "NewsEntityTypes");
        string[][] sources = Texts(output, "NewsStatementSources");
        float[][] counts = output.GetColumn<float[]>("NewsCounts").ToArray();
        keys[0].Should().Equal("kataib-hezbollah", "ayn-al-asad-air-base", "united-states");
        types[0].Should().StartWith(["ArmedGroup", "Facility"]);
        sources[0].Should().Equal("source:anonymous");
        counts[0][Slot("entities")].Should().Be(types[0].Length);
        counts[0][Slot("armed_group_mentions")].Should().Be(1);
        counts[0][Slot("quantities")].Should().Be(1);
        counts[0][Slot("statements")].Should().Be(1);
        counts[1][Slot("direct_quotes")].Should().Be(1);
        keys[2].Should().Equal("baghdad");
        sources[2].Should().BeEmpty();
        counts[2][Slot("statements")].Should().Be(0);
    }

    [Fact]
    public void ExtractNews_FeedsATrainerNextToNGrams_AndSurvivesSaveAndLoad()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(Enumerable.Repeat(s_rows, 4).SelectMany(r => r));
        var pipeline = ml.Transforms.Text.FeaturizeText("NGrams", "Body")
            .Append(ml.Transforms.ExtractNews("Body"))
            .Append(ml.Transforms.Categorical.OneHotHashEncoding(
                [new InputOutputColumnPair("Keys", "NewsEntityKeys"), new InputOutputColumnPair("Sources", "NewsStatementSources")],
                OneHotEncodingEstimator.OutputKind.Bag,
                numberOfBits: 8))
            .Append(ml.Transforms.Concatenate("Features", "NGrams", "Keys", "Sources", "NewsCounts"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(maximumNumberOfIterations: 10));
        var model = pipeline.Fit(data);
        string path = Path.Combine(Path.GetTempPath(), $"newsextract-ml-{Guid.NewGuid():N}.zip");
        try
        {
            ml.Model.Save(model, data.Schema, path);
            var loading = new MLContext(seed: 1);
            loading.RegisterNewsExtract();
            ITransformer loaded = loading.Model.Load(path, out _);

            float[] before = model.Transform(data).GetColumn<float>("Score").ToArray();
            float[] after = loaded.Transform(data).GetColumn<float>("Score").ToArray();
            after.Should().Equal(before);
            model.Transform(data).GetColumn<float[]>("Features").First().Length.Should().BeGreaterThan(NewsFeatures.CountSlots + 2 * 256);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int Slot(string name) => NewsFeatures.CountNames.ToList().IndexOf(name);

    private static string[][] Texts(IDataView view, string column) =>
        view.GetColumn<VBuffer<ReadOnlyMemory<char>>>(column).Select(v => v.DenseValues().Select(m => m.ToString()).ToArray()).ToArray();

    private sealed record Row(string Body, bool Label);
}
