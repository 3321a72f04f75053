using NewsExtract.Syntax;

namespace NewsExtract.Events;

/// <summary>
/// Parses only the sentences that can hold an event (a word of force), when the pipeline has no parse of its own:
/// the parser costs far more than the event layer, and most sentences of an article name no use of force. One small
/// function, so that it can merge with the attribution layer's own choice of sentences to parse.
/// </summary>
internal static class EventSentenceParser
{
    /// <summary>Whether a sentence holds a word that can name a use of force.</summary>
    public static bool CanHoldEvent(EventInput input, Sentence sentence, EventLexicon lexicon)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            Token token = input.Tokens[t];
            if (token.Kind == TokenKind.Word && lexicon.Lookup(token.Slice(input.Text)).Class is EventWordClass.Force or EventWordClass.Impact or EventWordClass.Kill or EventWordClass.Light)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns syntax for every token, parsing the sentences that can hold an event; others keep the default.</summary>
    public static TokenSyntax[] Parse(EventInput input, SyntaxModels models, EventLexicon lexicon, CancellationToken cancellationToken)
    {
        var result = new TokenSyntax[input.Tokens.Length];
        var a = new SentenceAnalysis();
        foreach (Sentence sentence in input.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.TokenCount == 0 || !CanHoldEvent(input, sentence, lexicon))
            {
                continue;
            }

            ParseSentence(input, models, a, sentence, result);
        }

        return result;
    }

    private static void ParseSentence(EventInput input, SyntaxModels models, SentenceAnalysis a, Sentence sentence, TokenSyntax[] result)
    {
        int first = sentence.FirstToken, n = sentence.TokenCount;
        a.Words.Reset(n);
        a.EnsureCapacity(n);
        a.HasForced = false;
        for (int i = 0; i < n; i++)
        {
            a.Words.Set(i, input.Tokens[first + i].Slice(input.Text));
            a.Forced[i] = -1;
        }

        models.Analyze(a, parse: true);
        for (int i = 0; i < n; i++)
        {
            int tag = a.Tags[i];
            string xpos = models.Tagger.ClassXpos[tag];
            string? nextXpos = i + 1 < n ? models.Tagger.ClassXpos[a.Tags[i + 1]] : null;
            string lemma = models.Lemmatizer.Lemmatize(input.Tokens[first + i].Slice(input.Text), xpos, nextXpos);
            int head = a.Heads[i + 1];
            bool passive = false;
            foreach (int child in a.Tree.Children(i + 1))
            {
                passive |= models.PassiveMarker[a.Labels[child]];
            }

            string features = passive ? models.PassiveFeatures[tag] : models.ClassFeatures[tag];
            result[first + i] = new TokenSyntax(
                models.Tagger.ClassUpos[tag], xpos, lemma, features, head == 0 ? -1 : first + head - 1, models.Labeller.Labels[a.Labels[i + 1]]);
        }
    }
}
