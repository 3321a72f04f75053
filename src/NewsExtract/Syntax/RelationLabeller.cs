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
    public void Label(ParserInput input, TreeView tree, Span<int> labels)
    {
        Span<uint> features = stackalloc uint[LabellerFeatures.Max];
        Span<float> scores = stackalloc float[Labels.Length];
        for (int d = 1; d <= input.Count; d++)
        {
            if (tree.Heads[d] == 0 && RootLabel >= 0)
            {
                labels[d] = RootLabel;
                continue;
            }

            int n = LabellerFeatures.Extract(input, tree, d, features);
            _model.Score(features[..n], scores);
            if (RootLabel >= 0)
            {
                scores[RootLabel] = float.NegativeInfinity;
            }

            labels[d] = LinearModel.ArgMax(scores);
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
