using System.Buffers;
using NewsExtract.Learning;

namespace NewsExtract.Syntax;

/// <summary>Names the relation of every arc of a finished tree (UD relations with subtypes); the root's arc is <c>root</c>.</summary>
internal sealed class RelationLabeller
{
    public const string Kind = "labeller";

    private readonly LinearModel _model;

    public RelationLabeller(string[] labels, LinearModel model)
    {
        Labels = labels;
        _model = model;
        RootLabel = Array.IndexOf(labels, "root");
    }

    public string[] Labels { get; }

    public LinearModel Model => _model;

    public int RootLabel { get; }

    /// <summary>Sets <paramref name="labels"/>[i] (1-based) to the relation of word i to its head.</summary>
    /// <remarks>The tree is finished, so every arc's features are known at once: they are scored in one search of the
    /// weights (<see cref="LinearModel.ScoreEach"/>), whose cache misses overlap.</remarks>
    public void Label(ParserInput input, TreeView tree, Span<int> labels)
    {
        int n = input.Count;
        int classes = Labels.Length;
        int[] ends = ArrayPool<int>.Shared.Rent(n * 2);
        uint[] features = ArrayPool<uint>.Shared.Rent(n * LabellerFeatures.Max);
        float[] scores = ArrayPool<float>.Shared.Rent(n * classes);
        try
        {
            // ends[0..m]: where each scored arc's features end; ends[n..n + m]: its dependent.
            int m = 0;
            int used = 0;
            for (int d = 1; d <= n; d++)
            {
                if (tree.Heads[d] == 0 && RootLabel >= 0)
                {
                    labels[d] = RootLabel;
                    continue;
                }

                used += LabellerFeatures.Extract(input, tree, d, features.AsSpan(used, LabellerFeatures.Max));
                ends[m] = used;
                ends[n + m++] = d;
            }

            _model.ScoreEach(features.AsSpan(0, used), ends.AsSpan(0, m), scores.AsSpan(0, m * classes));
            for (int j = 0; j < m; j++)
            {
                Span<float> arc = scores.AsSpan(j * classes, classes);
                if (RootLabel >= 0)
                {
                    arc[RootLabel] = float.NegativeInfinity;
                }

                labels[ends[n + j]] = LinearModel.ArgMax(arc);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<uint>.Shared.Return(features);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        foreach (string label in Labels)
        {
            writer.Write(label);
        }

        _model.Write(writer);
    }

    public static RelationLabeller Read(BinaryReader reader)
    {
        var labels = new string[reader.ReadInt32()];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = string.Intern(reader.ReadString());
        }

        return new RelationLabeller(labels, LinearModel.Read(reader));
    }
}
