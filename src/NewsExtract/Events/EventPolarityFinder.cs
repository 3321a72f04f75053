namespace NewsExtract.Events;

/// <summary>
/// Polarity and instrument of a trigger. Denied: a negation on the trigger or on the verb it is the subject of ("no
/// attack took place", "did not strike"). Hedged: a hedge word on the trigger or just before it ("an apparent drone
/// attack", "reportedly struck"), or a statement hedged by its source whose content holds the trigger. Rules.
/// </summary>
internal static class EventPolarityFinder
{
    private static readonly HashSet<string> s_hedges = new(StringComparer.Ordinal)
    {
        "apparent", "apparently", "reportedly", "reported", "alleged", "allegedly", "suspected", "possible", "possibly",
        "presumed", "purported", "likely", "probable", "probably", "unconfirmed", "claimed",
    };

    public static EventPolarity Find(EventInput d, DependencyIndex tree, TriggerHit hit, List<int> statements)
    {
        int t = hit.Head;
        if (Negated(d, tree, t) || (d.Syntax[t].Relation is "nsubj" or "nsubj:pass" && d.Syntax[t].Head >= 0 && Negated(d, tree, d.Syntax[t].Head)))
        {
            return EventPolarity.Denied;
        }

        for (int i = Math.Max(d.Sentences[hit.Sentence].FirstToken, hit.First - 3); i <= hit.Last; i++)
        {
            if (s_hedges.Contains(Lower(d, i)))
            {
                return EventPolarity.Hedged;
            }
        }

        for (int c = tree.FirstChild(t); c >= 0; c = tree.NextSibling(c))
        {
            if (s_hedges.Contains(Lower(d, c)))
            {
                return EventPolarity.Hedged;
            }
        }

        foreach (int a in statements)
        {
            if (d.Attributions[a].Stance == Stance.Hedged)
            {
                return EventPolarity.Hedged;
            }
        }

        return EventPolarity.Asserted;
    }

    public static EventInstrument? Instrument(EventInput d, DependencyIndex tree, EventLexicon lexicon, TriggerHit hit)
    {
        // Decision 9: the first means named, in the trigger itself ("drone strike"), then the trigger word ("airstrike",
        // "shelling"), then the projectiles it fires or that land ("fired rockets", "rockets landed", "with drones").
        for (int i = hit.First; i <= hit.Last; i++)
        {
            EventWord w = lexicon.Lookup(d.Tokens[i].Slice(d.Text));
            if (w.Class == EventWordClass.Weapon && w.Instrument is EventInstrument m)
            {
                return m;
            }
        }

        if (lexicon.Lookup(d.Tokens[hit.Head].Slice(d.Text)).Instrument is EventInstrument own)
        {
            return own;
        }

        if (d.Syntax[hit.Head].Upos != UposTag.Verb)
        {
            return null;
        }

        for (int c = tree.FirstChild(hit.Head); c >= 0; c = tree.NextSibling(c))
        {
            if (d.Syntax[c].Relation is "obj" or "nsubj" or "obl" or "nsubj:pass"
                && FirstWeapon(d, tree, lexicon, c) is EventInstrument m)
            {
                return m;
            }
        }

        return null;
    }

    private static EventInstrument? FirstWeapon(EventInput d, DependencyIndex tree, EventLexicon lexicon, int head)
    {
        EventWord w = lexicon.Lookup(d.Tokens[head].Slice(d.Text));
        if (w.Class == EventWordClass.Weapon)
        {
            return w.Instrument;
        }

        for (int c = tree.FirstChild(head); c >= 0; c = tree.NextSibling(c))
        {
            if (d.Syntax[c].Relation is "compound" or "amod" && lexicon.Lookup(d.Tokens[c].Slice(d.Text)) is { Class: EventWordClass.Weapon } cw)
            {
                return cw.Instrument;
            }
        }

        return null;
    }

    private static bool Negated(EventInput d, DependencyIndex tree, int head)
    {
        for (int c = tree.FirstChild(head); c >= 0; c = tree.NextSibling(c))
        {
            string lower = Lower(d, c);
            if (lower is "no" or "not" or "n't" or "never" && d.Syntax[c].Relation is "det" or "advmod" or "neg")
            {
                return true;
            }
        }

        return false;
    }

    private static string Lower(EventInput d, int t)
    {
        ReadOnlySpan<char> w = d.Tokens[t].Slice(d.Text);
        return w.Length > 16 ? "" : w.ToString().ToLowerInvariant();
    }
}
