using System.Diagnostics;
using NewsExtract.Syntax;

namespace NewsExtract;

/// <summary>Scores of the syntax layer against a treebank, on its gold tokens and sentences.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Syntactic words scored (punctuation included).</param>
/// <param name="Upos">Share of words with the right UPOS.</param>
/// <param name="Xpos">Share of words with the right Penn tag.</param>
/// <param name="Lemma">Share of words with the right lemma (exact string).</param>
/// <param name="Uas">Share of words with the right head.</param>
/// <param name="Las">Share of words with the right head and relation (universal part, subtypes ignored).</param>
/// <param name="TokensPerSecond">Words analysed per second (tagging, lemmas, parsing, labelling; one thread).</param>
public sealed record SyntaxScores(int Sentences, int Tokens, double Upos, double Xpos, double Lemma, double Uas, double Las, double TokensPerSecond);

/// <summary>Scores the embedded syntax models against a CoNLL-U file, as published parsers are scored: gold tokens, gold sentences.</summary>
public static class SyntaxEvaluator
{
    /// <summary>Parses the gold tokens of <paramref name="conlluPath"/> and compares with the gold annotation.</summary>
    /// <param name="conlluPath">A CoNLL-U file.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid CoNLL-U.</exception>
    public static SyntaxScores Evaluate(string conlluPath)
    {
        ArgumentNullException.ThrowIfNull(conlluPath);
        return Evaluate(SyntaxModels.Default, ConlluReader.Read(conlluPath));
    }

    internal static SyntaxScores Evaluate(SyntaxModels models, IEnumerable<ConlluSentence> sentences)
    {
        var a = new SentenceAnalysis();
        long ticks = 0;
        int sentenceCount = 0, tokens = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        foreach (ConlluSentence s in sentences)
        {
            long start = Stopwatch.GetTimestamp();
            a.Words.Reset(s.Count);
            for (int i = 0; i < s.Count; i++)
            {
                a.Words.Set(i, s.Forms[i]);
            }

            models.Analyze(a);
            var lemmas = new string[s.Count];
            for (int i = 0; i < s.Count; i++)
            {
                string? next = i + 1 < s.Count ? models.Tagger.ClassXpos[a.Tags[i + 1]] : null;
                lemmas[i] = models.Lemmatizer.Lemmatize(s.Forms[i], models.Tagger.ClassXpos[a.Tags[i]], next);
            }

            ticks += Stopwatch.GetTimestamp() - start;
            sentenceCount++;
            for (int i = 0; i < s.Count; i++)
            {
                tokens++;
                int tag = a.Tags[i];
                upos += models.Tagger.ClassUpos[tag].ToUD() == s.Upos[i] ? 1 : 0;
                xpos += models.Tagger.ClassXpos[tag] == s.Xpos[i] ? 1 : 0;
                lemma += lemmas[i] == s.Lemmas[i] ? 1 : 0;
                if (a.Heads[i + 1] == s.Heads[i])
                {
                    uas++;
                    las += Universal(models.Labeller.Labels[a.Labels[i + 1]]).SequenceEqual(Universal(s.Relations[i])) ? 1 : 0;
                }
            }
        }

        double seconds = Math.Max(ticks / (double)Stopwatch.Frequency, 1e-9);
        double Share(int k) => tokens == 0 ? 0 : k / (double)tokens;
        return new SyntaxScores(sentenceCount, tokens, Share(upos), Share(xpos), Share(lemma), Share(uas), Share(las), tokens / seconds);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
