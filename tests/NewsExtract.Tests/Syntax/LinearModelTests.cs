using NewsExtract.Learning;

namespace NewsExtract.Tests.Syntax;

/// <summary>The weight table: every slot layout scores what a plain sum of the weights gives, and survives a write and a read.</summary>
public sealed class LinearModelTests
{
    [Theory]
    [InlineData(4, 300)]   // the parser's layout: four half weights in the slot
    [InlineData(20, 300)]  // up to three entries in the slot, longer runs aside, 12 or more as a dense row
    [InlineData(45, 5000)] // more features than one cache of the table, classes beyond one vector
    public void Score_EqualsTheSumOfHalfRoundedWeights_ForEveryLayout(int classes, int featureCount)
    {
        var random = new Random(classes * 7919 + featureCount);
        var features = new List<uint>();
        var starts = new List<int>();
        var classIds = new List<ushort>();
        var weights = new List<float>();
        var expected = new Dictionary<uint, float[]>();
        for (int k = 0; k < featureCount; k++)
        {
            uint feature = k == 0 ? 0u : (uint)random.NextInt64(1, uint.MaxValue);
            if (expected.ContainsKey(feature))
            {
                continue;
            }

            int run = random.Next(5) == 0 ? random.Next(1, classes + 1) : random.Next(1, Math.Min(classes, 4) + 1);
            var row = new float[classes];
            features.Add(feature);
            starts.Add(classIds.Count);
            foreach (int c in Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(run).Order())
            {
                float w = (float)Math.Round((random.NextDouble() - 0.5) * 40, 2);
                classIds.Add((ushort)c);
                weights.Add(w);
                row[c] = (float)(Half)w;
            }

            expected[feature] = row;
        }

        starts.Add(classIds.Count);
        var model = new LinearModel(classes, [.. features], [.. starts], [.. classIds], [.. weights]);
        LinearModel reread = RoundTrip(model);

        uint[] query = [.. features.Where((_, i) => i % 3 == 0).Take(60), 12345u];
        var sums = new float[classes];
        foreach (uint f in query)
        {
            if (expected.TryGetValue(f, out float[]? row))
            {
                for (int c = 0; c < classes; c++)
                {
                    sums[c] += row[c];
                }
            }
        }

        var scores = new float[classes];
        model.Score(query, scores);
        scores.Should().Equal(sums);
        reread.Score(query, scores);
        scores.Should().Equal(sums);
        reread.FeatureCount.Should().Be(model.FeatureCount);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(30)]
    public void Score_FindsEveryKey_InALongClusterWithRepeatedFingerprints(int classes)
    {
        // Consecutive ids share a home slot: a run of 300 occupied slots, where every 128th id has the same
        // fingerprint, so lookups go past full groups of tags and past fingerprints that match another key.
        const uint first = 0x7000_0000;
        uint[] features = [.. Enumerable.Range(0, 300).Select(i => first + (uint)i)];
        int[] starts = [.. Enumerable.Range(0, 301)];
        ushort[] classIds = [.. features.Select((_, i) => (ushort)(i % classes))];
        float[] weights = [.. features.Select((_, i) => (float)(i % 7 + 1))];
        var model = new LinearModel(classes, features, starts, classIds, weights);

        for (int i = 0; i < features.Length; i += 37)
        {
            var scores = new float[classes];
            model.Score([features[i], first + 300, first - 1, first + 428], scores);
            scores.Count(s => s != 0).Should().Be(1);
            scores[i % classes].Should().Be(i % 7 + 1);
        }
    }

    [Fact]
    public void WeightsThatRoundToZero_AreLeftOut()
    {
        var model = new LinearModel(3, [5u, 6u], [0, 1, 2], [0, 1], [1e-9f, 2f]);
        model.FeatureCount.Should().Be(1);
        var scores = new float[3];
        model.Score([5u, 6u], scores);
        scores.Should().Equal(0f, 2f, 0f);
    }

    private static LinearModel RoundTrip(LinearModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return LinearModel.Read(reader);
    }
}
