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

    [Theory]
    [InlineData(4)]
    [InlineData(45)]
    public void ScoreEach_GivesWhatScoreGivesForEveryGroup(int classes)
    {
        var random = new Random(classes);
        uint[] known = [.. Enumerable.Range(0, 2000).Select(_ => (uint)random.NextInt64(1, uint.MaxValue)).Distinct()];
        int[] starts = [.. Enumerable.Range(0, known.Length + 1).Select(i => i * 2)];
        ushort[] classIds = [.. Enumerable.Range(0, known.Length * 2).Select(i => (ushort)((i * 7) % classes))];
        float[] weights = [.. Enumerable.Range(0, known.Length * 2).Select(i => (float)((i % 13) - 6))];
        var model = new LinearModel(classes, known, starts, classIds, weights);

        // Groups of 0 to 40 features, and one larger than a whole batch, half known and half not.
        int[] sizes = [3, 0, 40, 17, LinearModel.BatchFeatures + 5, 1, 25];
        var features = new List<uint>();
        var ends = new List<int>();
        foreach (int size in sizes)
        {
            for (int i = 0; i < size; i++)
            {
                features.Add(i % 2 == 0 ? known[random.Next(known.Length)] : (uint)random.NextInt64(1, uint.MaxValue));
            }

            ends.Add(features.Count);
        }

        var batched = new float[sizes.Length * classes];
        model.ScoreEach([.. features], [.. ends], batched);
        int start = 0;
        for (int g = 0; g < sizes.Length; g++)
        {
            var single = new float[classes];
            model.Score(features.GetRange(start, ends[g] - start).ToArray(), single);
            batched.AsSpan(g * classes, classes).ToArray().Should().Equal(single, $"group {g}");
            start = ends[g];
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
