namespace NewsExtract.Events;

/// <summary>
/// Roles from the parse (EVENTS.md "Roles"): the subject of an active trigger or the "by" agent of a passive is the
/// attacker; the object, or an "on/against" nominal, the target; an "in/near/at" place name the place; a count of attacks
/// the count; the object of "killed"/"wounded" the killed and injured; the time from the date layer. Rules, not learned.
/// </summary>
internal sealed partial class RoleFinder
{
    private readonly EventInput _d;
    private readonly DependencyIndex _tree;
    private readonly EventLexicon _lexicon;

    public RoleFinder(EventInput d, DependencyIndex tree, EventLexicon lexicon)
    {
        _d = d;
        _tree = tree;
        _lexicon = lexicon;
    }

    public FoundRoles Find(TriggerHit hit)
    {
        var r = new FoundRoles();
        Sentence s = _d.Sentences[hit.Sentence];
        int t = hit.Head;
        TokenSyntax ts = _d.Syntax[t];
        bool verb = ts.Upos == UposTag.Verb;
        if (verb)
        {
            VerbRoles(t, s, hit, r);
        }
        else
        {
            NounRoles(t, s, hit, r);
        }

        PlaceFromObliques(t, s, r);
        if (r.Place is null)
        {
            PlaceNearby(t, s, r);
        }

        // Decision 7: a place name anywhere near wins over a place-like noun ("at a U.S. base in Baghdad" gives Baghdad).
        r.Place ??= r.ModifierPlace ?? r.NounPlace;
        if (r.Place is null && r.Target is EventRole target)
        {
            // Decision 7: a facility target is also the place when the sentence gives no other place.
            if (EntityAt(target.Span) is EntityMention { Type: EntityType.Facility } facility)
            {
                r.Place = new EventRole(target.Span, facility.Key);
            }
            else if (target.Key is null && TargetHeadIsLocation(target.Span))
            {
                r.Place = target;
            }
        }

        // Tolls, time and count look at most 40 tokens either side: linear however long a hostile sentence is.
        int wFirst = Math.Max(s.FirstToken, t - 40), wEnd = Math.Min(s.EndToken, t + 41);
        var window = new Sentence(new TextSpan(_d.Tokens[wFirst].Start, _d.Tokens[wEnd - 1].End), wFirst, wEnd - wFirst, s.Zone);
        Tolls(t, window, r);
        TimeOf(t, window, r);
        CountOf(t, window, hit, r);
        return r;
    }

    private void VerbRoles(int t, Sentence s, TriggerHit hit, FoundRoles r)
    {
        bool passive = _d.Syntax[t].Features?.Contains("Voice=Pass", StringComparison.Ordinal) == true || _tree.Child(t, "nsubj:pass") >= 0;
        int subject = _tree.ChildStartingWith(t, "nsubj");
        if (subject < 0 && _d.Syntax[t].Relation is "conj" or "xcomp" && _d.Syntax[t].Head >= 0)
        {
            // "militias fired rockets and struck the base": the first verb's subject.
            subject = _tree.ChildStartingWith(_d.Syntax[t].Head, "nsubj");
        }

        if (subject >= 0 && _d.Syntax[subject].Upos == UposTag.Pron && _d.Syntax[t].Relation is "acl:relcl" && _d.Syntax[t].Head >= 0)
        {
            subject = _d.Syntax[t].Head; // "the militia that attacked": the noun the clause modifies.
        }

        if (passive)
        {
            int agent = _tree.Child(t, "obl:agent");
            agent = agent >= 0 ? agent : ObliqueWithCase(t, "by");
            r.Attacker = Role(agent, s, actor: true);
            if (hit.Class == EventWordClass.Kill)
            {
                r.Killed = Role(subject, s, actor: false);
            }
            else
            {
                r.Target = Role(subject, s, actor: false);
            }

            return;
        }

        bool impact = hit.Class == EventWordClass.Impact;
        if (!impact && !IsWeapon(subject))
        {
            r.Attacker = Role(subject, s, actor: true);
        }

        int obj = _tree.Child(t, "obj");
        if (hit.Class == EventWordClass.Kill)
        {
            r.Killed = Role(obj, s, actor: false);
        }
        else if (obj >= 0 && !IsWeapon(obj) && !IsPlaceName(obj))
        {
            r.Target = Role(obj, s, actor: false);
        }
        else if (IsPlaceName(obj) && EntityAt(_d.Tokens[obj].Span) is EntityMention town)
        {
            r.ModifierPlace ??= new EventRole(town.Span, town.Key); // Decision 7: "attacked Erbil" has place Erbil.
        }

        r.Target ??= Role(ObliqueWithCase(t, "on", "against", "at", "toward", "towards"), s, actor: false, placeAllowed: false);
        if (r.Target is null && obj >= 0 && IsWeapon(obj))
        {
            // "fired several rockets at the Green Zone": the projectiles' aim.
            r.Target = Role(NominalWithCase(obj, "at", "on", "against", "toward", "towards"), s, actor: false, placeAllowed: false);
        }

        if (r.Target is null)
        {
            // The parse may hang "at/on/against X" elsewhere: the first such phrase in the next few words, before any verb.
            for (int j = hit.Last + 1; j < s.EndToken && j <= hit.Last + 6 && _d.Syntax[j].Upos != UposTag.Verb; j++)
            {
                if (AfterPreposition(j - 1, s, "at", "on", "against") is int x and >= 0)
                {
                    r.Target = Role(x, s, actor: false, placeAllowed: false);
                    break;
                }
            }
        }
    }

    private void NounRoles(int t, Sentence s, TriggerHit hit, FoundRoles r)
    {
        // "KH's drone attack", "Israeli airstrike", "U.S. drone strike": a possessor or a modifier that names an actor.
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
        {
            string rel = _d.Syntax[c].Relation;
            if (c >= hit.First && c <= hit.Last && rel is not "nmod:poss")
            {
                continue;
            }

            if (rel is "nmod:poss" or "amod" or "compound" && c < t && r.Attacker is null && !ModifierNotActor(c, rel, r) && ActorEntity(c) is EntityMention e)
            {
                r.Attacker = new EventRole(e.Span, e.Type == EntityType.Nationality ? CountryKey(e) : e.Key);
            }
        }

        r.Attacker ??= Role(NominalWithCase(t, "by"), s, actor: true);
        r.Target ??= Role(NominalWithCase(t, "on", "against"), s, actor: false, placeAllowed: false);
        r.Attacker ??= Role(AfterPreposition(hit.Last, s, "by"), s, actor: true);
        r.Target ??= Role(AfterPreposition(hit.Last, s, "on", "against"), s, actor: false, placeAllowed: false);
        if (r.Attacker is null)
        {
            // Modifiers before the trigger: "Iran's ballistic missile attack", "U.S. drone strike", "Israeli airstrike".
            for (int j = hit.First - 1; j >= s.FirstToken && j >= hit.First - 5; j--)
            {
                if (_d.Syntax[j].Upos is UposTag.Det or UposTag.Punct or UposTag.Adp or UposTag.Verb or UposTag.Aux or UposTag.Pron)
                {
                    break;
                }

                if (ModifierNotActor(j, _d.Syntax[j].Relation, r))
                {
                    continue;
                }

                if (ActorEntity(j) is EntityMention e)
                {
                    r.Attacker = new EventRole(e.Span, e.Type == EntityType.Nationality ? CountryKey(e) : e.Key);
                    break;
                }
            }
        }

        // The noun as object of a light verb or subject of a verb of force: "militias launched attacks on X".
        int h = _d.Syntax[t].Head;
        string relation = _d.Syntax[t].Relation ?? "";
        if (h >= 0 && h >= s.FirstToken && h < s.EndToken && relation is "obj" or "nsubj:pass")
        {
            int subject = _tree.ChildStartingWith(h, relation == "obj" ? "nsubj" : "obl:agent");
            if (r.Attacker is null && subject >= 0 && subject != t && !IsWeapon(subject))
            {
                r.Attacker = Role(subject, s, actor: true);
            }

            r.Target ??= Role(ObliqueWithCase(h, "on", "against"), s, actor: false, placeAllowed: false);
        }
        else if (h >= 0 && relation is "nsubj" && _lexicon.Lookup(_d.Tokens[h].Slice(_d.Text)).Class is EventWordClass.Force or EventWordClass.Kill)
        {
            // "a drone strike hit the base", "the attack killed three": the verb's object.
            int obj = _tree.Child(h, "obj");
            if (_lexicon.Lookup(_d.Tokens[h].Slice(_d.Text)).Class == EventWordClass.Kill)
            {
                r.Killed = Role(obj, s, actor: false);
            }
            else if (!IsPlaceName(obj))
            {
                r.Target ??= Role(obj, s, actor: false);
            }
            else if (EntityAt(_d.Tokens[obj].Span) is EntityMention town)
            {
                r.ModifierPlace ??= new EventRole(town.Span, town.Key); // "an airstrike hit Damascus"
            }
        }
    }

    private void Tolls(int t, Sentence s, FoundRoles r)
    {
        for (int v = s.FirstToken; v < s.EndToken; v++)
        {
            string lemma = _d.Syntax[v].Lemma ?? "";
            bool kill = lemma is "kill";
            bool wound = lemma is "wound" or "injure";
            if (!kill && !wound || v == t || !Linked(v, t))
            {
                continue;
            }

            int victim = _tree.Child(v, "obj");
            if (victim < 0)
            {
                victim = _tree.Child(v, "nsubj:pass");
            }

            if (victim < 0 && _d.Syntax[v].Relation is "acl" or "amod" && _d.Syntax[v].Head >= 0)
            {
                victim = _d.Syntax[v].Head; // "three servicemen killed in the attack"
            }

            EventRole? role = Role(victim, s, actor: false);
            if (kill)
            {
                r.Killed ??= role;
            }
            else
            {
                r.Injured ??= role;
            }
        }
    }

    private void TimeOf(int t, Sentence s, FoundRoles r)
    {
        // The date nearest the trigger that is not the time of a verb of saying ("the Pentagon said Sunday").
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        int at = _d.Tokens[t].Start;
        foreach (DateMention date in DatesIn(s.Span))
        {
            int tok = TokenAt(date.Span.Start, s);
            if (tok >= 0 && (IsSpeechTime(tok) || !Linked(tok, t, 5)))
            {
                continue;
            }

            int distance = Math.Abs(date.Span.Start - at);
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }

        if (best is not null)
        {
            TextSpan span = best.Span;
            string text = _d.Text;
            if (span.Slice(text).StartsWith("on ", StringComparison.OrdinalIgnoreCase) || span.Slice(text).StartsWith("in ", StringComparison.OrdinalIgnoreCase))
            {
                span = new TextSpan(span.Start + 3, span.End);
            }

            r.Time = new EventRole(span, null);
            r.Date = best;
        }
    }

    private void CountOf(int t, Sentence s, TriggerHit hit, FoundRoles r)
    {
        // Decision 6: only a count of the acts themselves ("38 times", "nearly 120 attacks", "three US air strikes").
        foreach (Quantity q in Quantities(s.Span))
        {
            bool ofTrigger = q.Span.Overlaps(new TextSpan(_d.Tokens[hit.First].Start, _d.Tokens[hit.Last].End));
            if (q.Category == QuantityCategory.Attacks && (ofTrigger || q.Noun is "time"))
            {
                r.Count = new EventRole(q.Span, null);
                r.CountQuantity = q;
                return;
            }
        }

        // "attacked ... at least 38 times": a number before "times" in the trigger's clause.
        for (int i = hit.Last + 1; i < s.EndToken - 1 && i <= hit.Last + 12; i++)
        {
            if (_d.Tokens[i + 1].Slice(_d.Text) is "times" && (_d.Tokens[i].Kind == TokenKind.Number || _d.Syntax[i].Upos == UposTag.Num))
            {
                int first = i;
                foreach (Quantity q in Quantities(s.Span))
                {
                    if (q.Span.Contains(_d.Tokens[i].Span))
                    {
                        first = TokenAt(q.Span.Start, s);
                        r.CountQuantity = q;
                    }
                }

                first = first < 0 ? i : first;
                r.Count = new EventRole(new TextSpan(_d.Tokens[first].Start, _d.Tokens[i + 1].End), null);
                return;
            }
        }
    }

    private bool IsSpeechTime(int tok)
    {
        // Climb from the date's token through its case marker to the verb it modifies.
        int h = _d.Syntax[tok].Head;
        for (int k = 0; k < 3 && h >= 0; k++)
        {
            string lemma = _d.Syntax[h].Lemma ?? "";
            if (lemma is "say" or "tell" or "announce" or "report" or "state" or "claim" or "confirm" or "deny" or "add" or "note")
            {
                return true;
            }

            if (_d.Syntax[h].Upos is UposTag.Verb or UposTag.Noun)
            {
                return false;
            }

            h = _d.Syntax[h].Head;
        }

        return false;
    }

    private int ObliqueWithCase(int head, params string[] cases)
    {
        for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
        {
            if (_d.Syntax[c].Relation.StartsWith("obl", StringComparison.Ordinal) && Array.IndexOf(cases, _tree.CaseOf(c)) >= 0)
            {
                return c;
            }
        }

        return -1;
    }

    private int NominalWithCase(int head, params string[] cases)
    {
        for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
        {
            if (_d.Syntax[c].Relation.StartsWith("nmod", StringComparison.Ordinal) && Array.IndexOf(cases, _tree.CaseOf(c)) >= 0)
            {
                return c;
            }
        }

        return -1;
    }

    private EventRole? Role(int head, Sentence s, bool actor, bool placeAllowed = true)
    {
        if (head < s.FirstToken || head >= s.EndToken || _d.Syntax[head].Upos is UposTag.Punct or UposTag.Adp or UposTag.CConj or UposTag.Num)
        {
            return null;
        }

        string lemma = _d.Syntax[head].Lemma ?? "";
        if (lemma is "who" or "that" or "which")
        {
            // "the militia that launched rocket attacks": the noun the relative clause modifies.
            int verb = _d.Syntax[head].Head;
            head = verb >= 0 && _d.Syntax[verb].Relation is "acl:relcl" ? _d.Syntax[verb].Head : -1;
            if (head < s.FirstToken || head >= s.EndToken)
            {
                return null;
            }
        }
        else if (lemma is "what" or "it" or "this" or "there" || InDate(head))
        {
            return null;
        }
        else if (actor && _d.Syntax[head].Upos is UposTag.Adj or UposTag.Det)
        {
            // "a second struck the building", "another hit the base": an elliptical weapon or act, never an attacker.
            return null;
        }

        (int first, int last) = _tree.Phrase(head, s.FirstToken, s.EndToken);
        var span = new TextSpan(_d.Tokens[first].Start, _d.Tokens[last].End);
        EntityMention? e = EntityAt(span, _d.Tokens[head].Span);
        if (!placeAllowed && e is { Type: EntityType.GeoPolitical or EntityType.Location } && e.Span.Overlaps(_d.Tokens[head].Span))
        {
            return null;
        }

        // A name alone where it is a name: "Kataib Hezbollah", not "Kataib Hezbollah, an Iraqi militia".
        if (e is not null && e.Span.Contains(_d.Tokens[head].Span))
        {
            return new EventRole(e.Span, KeyFor(e, actor));
        }

        return new EventRole(span, e is not null && e.IsActor ? KeyFor(e, actor) : null);
    }

    private bool InDate(int token)
    {
        int start = _d.Tokens[token].Start;
        int i = SpanSearch.FirstAtOrAfter(_d.Dates, start - 40, static x => x.Span);
        for (; i < _d.Dates.Length && _d.Dates[i].Span.Start <= start; i++)
        {
            if (_d.Dates[i].Span.Contains(start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two tokens are within a few arcs of each other in the tree (one governs the other, or they share a head).</summary>
    private bool Linked(int a, int b, int steps = 4)
    {
        int x = a;
        for (int k = 0; k <= steps && x >= 0; k++, x = _d.Syntax[x].Head)
        {
            int y = b;
            for (int m = 0; m <= steps && y >= 0; m++, y = _d.Syntax[y].Head)
            {
                if (x == y && k + m <= steps)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The nominal a preposition right after the trigger marks ("attack on Tower 22"): the preposition's head.</summary>
    private int AfterPreposition(int last, Sentence s, params string[] prepositions)
    {
        int p = last + 1;
        if (p >= s.EndToken || Array.IndexOf(prepositions, _d.Tokens[p].Slice(_d.Text).ToString().ToLowerInvariant()) < 0)
        {
            return -1;
        }

        int h = _d.Syntax[p].Head;
        return h > p && h < s.EndToken && h <= p + 8 ? h : -1;
    }
}
