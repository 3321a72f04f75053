namespace NewsExtract.Events;

/// <summary>A trigger found in a sentence: its head token and its token range.</summary>
internal readonly record struct TriggerHit(int Head, int First, int Last, int Sentence, EventWordClass Class);

/// <summary>
/// Finds triggers: every word of force of a parsed sentence is a candidate, the <see cref="TriggerModel"/> decides,
/// then the decisions of EVENTS.md that involve two words apply (a light verb gives way to its attack noun, decision 11;
/// a killing word to another word of force, decision 2), and the trigger grows over the words that name the means
/// ("drone strike", "drone and rocket attacks", "barrage of rockets").
/// </summary>
internal static class TriggerFinder
{
    public static bool IsCandidateClass(EventWordClass c) => c is EventWordClass.Force or EventWordClass.Impact or EventWordClass.Kill or EventWordClass.Light;

    /// <summary>The number of words of force (not weapons, not light verbs) in a sentence.</summary>
    public static int CountForce(EventInput d, EventLexicon lexicon, Sentence s)
    {
        int count = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (d.Tokens[t].Kind == TokenKind.Word && lexicon.Lookup(d.Tokens[t].Slice(d.Text)).Class is EventWordClass.Force or EventWordClass.Impact)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether a token can be a trigger at all: a word of force, parsed, a noun or a verb.</summary>
    public static bool IsCandidate(EventInput d, EventLexicon lexicon, int t, out EventWord word)
    {
        word = default;
        if (d.Tokens[t].Kind != TokenKind.Word || d.Syntax[t].Relation is not { Length: > 0 })
        {
            return false;
        }

        word = lexicon.Lookup(d.Tokens[t].Slice(d.Text));
        return IsCandidateClass(word.Class) && d.Syntax[t].Upos is UposTag.Noun or UposTag.Verb or UposTag.Propn or UposTag.Adj;
    }

    public static List<TriggerHit> Find(EventInput d, DependencyIndex tree, EventLexicon lexicon, TriggerModel? model)
    {
        var hits = new List<TriggerHit>();
        Span<uint> features = stackalloc uint[TriggerFeatures.Max];
        var positive = new List<(int Token, EventWordClass Class)>();
        for (int si = 0; si < d.Sentences.Length; si++)
        {
            Sentence s = d.Sentences[si];
            positive.Clear();
            int force = -1;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (!IsCandidate(d, lexicon, t, out EventWord w))
                {
                    continue;
                }

                force = force < 0 ? CountForce(d, lexicon, s) : force;
                bool other = force - (w.Class is EventWordClass.Force or EventWordClass.Impact ? 1 : 0) > 0;
                bool yes;
                if (model is not null)
                {
                    int n = TriggerFeatures.Extract(d, tree, lexicon, t, s.FirstToken, s.EndToken, other, features);
                    yes = model.IsTrigger(features[..n]);
                }
                else
                {
                    yes = w.Class is EventWordClass.Force or EventWordClass.Impact || (w.Class == EventWordClass.Kill && !other);
                }

                // Decision 2: "gunmen killed two guards" has the trigger "killed" when nothing else names the act; the
                // few killings of the training gold are mostly passive tolls, so the rule decides this case.
                // A passive "three soldiers were killed at Tower 22" too, when nothing else in the sentence names the act.
                yes |= w.Class == EventWordClass.Kill && !other && d.Syntax[t].Upos == UposTag.Verb
                    && ((tree.Child(t, "nsubj") >= 0 && tree.Child(t, "obj") >= 0) || tree.Child(t, "nsubj:pass") >= 0);

                // "a one-way attack drone hits Tower 22": a force word that only modifies a weapon names the weapon.
                if (yes && d.Syntax[t].Relation is "compound" or "amod" && d.Syntax[t].Head is int h && h >= s.FirstToken && h < s.EndToken
                    && lexicon.Lookup(d.Tokens[h].Slice(d.Text)).Class == EventWordClass.Weapon)
                {
                    yes = false;
                }
                if (yes)
                {
                    positive.Add((t, w.Class));
                }
            }

            AddSentence(d, tree, lexicon, si, positive, hits);
        }

        return hits;
    }

    private static void AddSentence(EventInput d, DependencyIndex tree, EventLexicon lexicon, int si, List<(int Token, EventWordClass Class)> positive, List<TriggerHit> hits)
    {
        Sentence s = d.Sentences[si];
        bool anyForce = positive.Exists(p => p.Class is EventWordClass.Force or EventWordClass.Impact);
        int lastEnd = -1;
        foreach ((int t, EventWordClass cls) in positive)
        {
            // Decision 2: a killing word is the trigger only when no other word names the act.
            if (cls == EventWordClass.Kill && anyForce)
            {
                continue;
            }

            // Decision 11: "launched attacks", "carried out a strike": the noun is the trigger.
            if (cls == EventWordClass.Light && positive.Exists(p => p.Class == EventWordClass.Force && d.Syntax[p.Token].Head == t))
            {
                continue;
            }

            (int first, int last) = Extend(d, lexicon, t, s.FirstToken, s.EndToken);
            if (first <= lastEnd)
            {
                continue;
            }

            hits.Add(new TriggerHit(t, first, last, si, cls));
            lastEnd = last;
        }
    }

    /// <summary>Grows a trigger over the words naming its means: "drone strike", "drone and rocket attacks", "barrage of rockets".</summary>
    private static (int First, int Last) Extend(EventInput d, EventLexicon lexicon, int t, int lo, int hi)
    {
        int first = t, last = t;
        if (d.Syntax[t].Upos is UposTag.Noun or UposTag.Propn)
        {
            int j = t - 1;
            while (j >= lo)
            {
                ReadOnlySpan<char> w = d.Tokens[j].Slice(d.Text);
                if (lexicon.Lookup(w).Class == EventWordClass.Weapon && d.Tokens[j].Kind == TokenKind.Word)
                {
                    first = j;
                    j--;
                }
                else if (j - 1 >= lo && (w is "and" or "," or "-" or "/") && lexicon.Lookup(d.Tokens[j - 1].Slice(d.Text)).Class == EventWordClass.Weapon && first == j + 1)
                {
                    j--;
                }
                else
                {
                    break;
                }
            }

            // "barrage of rockets"
            if (t + 2 < hi && d.Tokens[t + 1].Slice(d.Text) is "of" && lexicon.Lookup(d.Tokens[t + 2].Slice(d.Text)).Class == EventWordClass.Weapon
                && d.Tokens[t].Slice(d.Text).StartsWith("barrage", StringComparison.OrdinalIgnoreCase))
            {
                last = t + 2;
            }
        }

        return (first, last);
    }
}
