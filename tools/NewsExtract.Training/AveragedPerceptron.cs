using NewsExtract.Learning;

namespace NewsExtract.Training;

/// <summary>
/// A multi-class averaged perceptron (Collins 2002) with lazy averaging: each weight keeps its running total and the
/// step it last changed, so an update costs the features it touches. Rows are created on a feature's first update.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly int _classes;
    private readonly Dictionary<uint, int> _rows = [];
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _step;

    public AveragedPerceptron(int classes)
    {
        _classes = classes;
        _weights = new float[classes * 1024];
        _totals = new double[classes * 1024];
        _stamps = new int[classes * 1024];
    }

    public int ClassCount => _classes;

    /// <summary>Counts one training example (the clock the averages are taken over).</summary>
    public void Tick() => _step++;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (uint f in features)
        {
            if (_rows.TryGetValue(f, out int row))
            {
                ReadOnlySpan<float> w = _weights.AsSpan(row * _classes, _classes);
                for (int c = 0; c < w.Length; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (uint f in features)
        {
            int row = Row(f);
            Change(row * _classes + truth, 1f);
            Change(row * _classes + guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weights of <paramref name="features"/> for class <paramref name="cls"/>.</summary>
    public void Add(ReadOnlySpan<uint> features, int cls, float delta)
    {
        foreach (uint f in features)
        {
            Change(Row(f) * _classes + cls, delta);
        }
    }

    /// <summary>The averaged weights, with those below <paramref name="threshold"/> in magnitude left out, and, when
    /// <paramref name="rowThreshold"/> is above 0, the features none of whose weights reaches it.</summary>
    /// <remarks>Pruning whole rows suits a model of at most four classes, whose table keeps all four weights of a
    /// feature in its slot anyway: the small weights of a kept feature then cost neither memory nor time.</remarks>
    public LinearModel ToModel(float threshold, float rowThreshold = 0)
    {
        var features = new List<uint>();
        var starts = new List<int>();
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach ((uint feature, int row) in _rows.OrderBy(p => p.Key))
        {
            int before = classes.Count;
            if (rowThreshold > 0)
            {
                float largest = 0;
                for (int c = 0; c < _classes; c++)
                {
                    largest = Math.Max(largest, Math.Abs(Average(row * _classes + c)));
                }

                if (largest < rowThreshold)
                {
                    continue;
                }
            }

            for (int c = 0; c < _classes; c++)
            {
                float average = Average(row * _classes + c);
                if (Math.Abs(average) >= threshold)
                {
                    classes.Add((ushort)c);
                    weights.Add(average);
                }
            }

            if (classes.Count > before)
            {
                features.Add(feature);
                starts.Add(before);
            }
        }

        starts.Add(classes.Count);
        return new LinearModel(_classes, [.. features], [.. starts], [.. classes], [.. weights]);
    }

    private float Average(int i)
    {
        double total = _totals[i] + (_step - _stamps[i]) * (double)_weights[i];
        return (float)(total / Math.Max(_step, 1));
    }

    private void Change(int i, float delta)
    {
        _totals[i] += (_step - _stamps[i]) * (double)_weights[i];
        _stamps[i] = _step;
        _weights[i] += delta;
    }

    private int Row(uint feature)
    {
        if (_rows.TryGetValue(feature, out int row))
        {
            return row;
        }

        row = _rows.Count;
        _rows[feature] = row;
        int needed = (row + 1) * _classes;
        if (needed > _weights.Length)
        {
            int size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }

        return row;
    }
}
