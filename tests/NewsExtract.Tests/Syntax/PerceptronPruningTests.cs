using NewsExtract.Training;

namespace NewsExtract.Tests.Syntax;

/// <summary>How the trainer prunes the weights it writes.</summary>
public sealed class PerceptronPruningTests
{
    [Fact]
    public void RowPruning_KeepsEveryWeightOfAKeptFeature_AndDropsFeaturesWithNoLargeWeight()
    {
        var perceptron = new AveragedPerceptron(4);
        for (int i = 0; i < 3; i++)
        {
            perceptron.Tick();
            perceptron.Update([11u], 0, 1);
        }

        perceptron.Tick();
        perceptron.Update([11u, 22u], 2, 3);
        for (int i = 0; i < 4; i++)
        {
            perceptron.Tick();
        }

        // Averages over 8 steps: feature 11 has 2.25 / -2.25 on classes 0 and 1 and 0.5 / -0.5 on 2 and 3; feature 22
        // only the small ones.
        Span<float> scores = stackalloc float[4];
        var rows = perceptron.ToModel(1e-3f, rowThreshold: 1f);
        rows.FeatureCount.Should().Be(1);
        rows.Score([11u], scores);
        scores.ToArray().Should().Equal(2.25f, -2.25f, 0.5f, -0.5f);

        var weights = perceptron.ToModel(1f);
        weights.FeatureCount.Should().Be(1);
        weights.Score([11u], scores);
        scores.ToArray().Should().Equal(2.25f, -2.25f, 0f, 0f);
    }
}
