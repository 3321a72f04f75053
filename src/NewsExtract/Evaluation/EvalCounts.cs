namespace NewsExtract.Evaluation;

/// <summary>The running counts behind every score of <c>eval</c>: (gold, predicted, correct) per P/R/F1 measure, (total, right) per accuracy.</summary>
internal static class EvalCounts
{
    public static void Add(Dictionary<string, int[]> counts, string name, int gold, int predicted, int correct)
    {
        if (!counts.TryGetValue(name, out int[]? c))
        {
            counts[name] = c = new int[3];
        }

        c[0] += gold;
        c[1] += predicted;
        c[2] += correct;
    }

    public static void AddAccuracy(Dictionary<string, int[]> counts, string name, int total, int correct)
    {
        if (!counts.TryGetValue(name, out int[]? c))
        {
            counts[name] = c = new int[2];
        }

        c[0] += total;
        c[1] += correct;
    }
}
