namespace NewsExtract.Events;

/// <summary>Where an event happened: place names in obliques and nearby, and targets that are places.</summary>
internal sealed partial class RoleFinder
{
    /// <summary>"in Baghdad", "near Kirkuk", "at Al-Asad": a place entity in an oblique of the trigger or of its verb.</summary>
    private void PlaceFromObliques(int t, Sentence s, FoundRoles r)
    {
        bool impact = _lexicon.Lookup(_d.Tokens[t].Slice(_d.Text)).Class == EventWordClass.Impact;
        int up = _d.Syntax[t].Head;
        bool viaHead = up >= 0 && _d.Syntax[t].Relation is "obj" or "nsubj" or "nsubj:pass" or "xcomp";
        foreach (int head in new[] { t, viaHead ? up : -1 })
        {
            if (head < s.FirstToken || head >= s.EndToken)
            {
                continue;
            }

            for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
            {
                if (_d.Syntax[c].Relation is not ("obl" or "nmod" or "obl:tmod" or "nmod:tmod") || c < s.FirstToken || c >= s.EndToken)
                {
                    continue;
                }

                string? kase = _tree.CaseOf(c);
                if (kase is not ("in" or "near" or "at" or "outside" or "inside" or "across" or "around" or "on" or "against" or "over" or "into"))
                {
                    continue;
                }

                (int first, int last) = _tree.Phrase(c, s.FirstToken, s.EndToken);
                var span = new TextSpan(_d.Tokens[first].Start, _d.Tokens[last].End);
                // The place entity the phrase is about: the one at its head ("Kirkuk", "Iraq and Syria"), not a modifier
                // ("U.S." in "U.S. forces").
                EntityMention? place = EntityAt(_d.Tokens[c].Span) is { IsPlace: true } atHead ? atHead : null;
                if (place is not null && kase is "on" or "against" && ConjoinedWithNonPlace(c))
                {
                    // "attacks on U.S. and coalition forces": the country modifies the forces, the target.
                    r.Target ??= new EventRole(span, null);
                    continue;
                }

                bool locationNoun = place is null && IsLocationNoun(c);
                if (place is null && !locationNoun && kase is not ("on" or "against" or "into"))
                {
                    place = FirstPlace(span); // "in the city of Baghdad", "near the Syrian border town of Qaim"
                }

                if (place is null && !locationNoun)
                {
                    continue;
                }

                bool wide = place is { Type: EntityType.GeoPolitical or EntityType.Location };
                if (kase is "on" or "against" or "into" && !wide)
                {
                    // "on the base" is a target; for projectiles that "landed on the base" it is the place too.
                    r.Target ??= Role(c, s, actor: false, placeAllowed: false);
                    if (!impact)
                    {
                        continue;
                    }
                }

                if (r.Place is null)
                {
                    if (place is null)
                    {
                        // "at a U.S. base": the place only when no place name is found (Find falls back to it).
                        r.NounPlace ??= Role(c, s, actor: false);
                    }
                    else
                    {
                        // "in Iraq and Syria": the whole coordination, key null when it names several places.
                        bool several = CountPlaces(span) > 1;
                        TextSpan placeSpan = several ? TrimToPlaces(span) : place.Span;
                        r.Place = new EventRole(placeSpan, several ? null : place.Key);
                    }
                }

                if (kase is "on" or "against" && wide && r.Target is EventRole tr && tr.Span.Overlaps(span))
                {
                    r.Target = null; // Decision 7: "attacks on Erbil" has place Erbil, target null.
                }
            }
        }
    }

    /// <summary>"in Baghdad", "near Kirkuk" within a few words of the trigger and linked to it in the tree, wherever the parse hung it.</summary>
    private void PlaceNearby(int t, Sentence s, FoundRoles r)
    {
        int from = Math.Max(s.FirstToken + 1, t - 12), to = Math.Min(s.EndToken, t + 16);
        for (int i = SpanSearch.FirstAtOrAfter(_d.Entities, _d.Tokens[from].Start, static e => e.Span); i < _d.Entities.Length && _d.Entities[i].Span.Start < _d.Tokens[to - 1].End; i++)
        {
            EntityMention e = _d.Entities[i];
            int tok = SpanSearch.TokenAt(_d.Tokens, e.Span.Start);
            if (!e.IsPlace || tok <= s.FirstToken || tok >= s.EndToken)
            {
                continue;
            }

            ReadOnlySpan<char> before = _d.Tokens[tok - 1].Slice(_d.Text);
            int p = tok - 1;
            if (before is "the" && p - 1 >= s.FirstToken)
            {
                before = _d.Tokens[--p].Slice(_d.Text);
            }

            bool prep = before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("near", StringComparison.OrdinalIgnoreCase)
                || before.Equals("at", StringComparison.OrdinalIgnoreCase) || before.Equals("outside", StringComparison.OrdinalIgnoreCase);
            int head = SpanSearch.TokenAt(_d.Tokens, e.Span.End - 1);
            if (prep && head >= 0 && Linked(head, t, 6) && !InDate(head))
            {
                r.Place = new EventRole(e.Span, e.Key);
                return;
            }
        }
    }

    /// <summary>Whether a conjunct of the token is a common noun that names no place ("U.S. and coalition forces").</summary>
    private bool ConjoinedWithNonPlace(int token)
    {
        for (int c = _tree.FirstChild(token); c >= 0; c = _tree.NextSibling(c))
        {
            if (_d.Syntax[c].Relation is "conj" && _d.Syntax[c].Upos == UposTag.Noun && EntityAt(_d.Tokens[c].Span) is not { IsPlace: true })
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> s_locationNouns = new(StringComparer.Ordinal)
    {
        "base", "airbase", "compound", "facility", "embassy", "consulate", "camp", "airport", "runway", "headquarters",
        "outpost", "garrison", "zone", "area", "village", "town", "city", "district", "neighborhood", "neighbourhood",
        "field", "station", "checkpoint", "point", "site", "building", "complex", "installation", "port", "province",
        "region", "border", "house", "home", "hotel", "convoy", "barracks", "depot", "warehouse", "office", "post",
    };

    private bool TargetHeadIsLocation(TextSpan span)
    {
        // The phrase's head is its last word before any "of"/"in": "weapons facilities", "the militia group's headquarters".
        int first = SpanSearch.TokenAt(_d.Tokens, span.Start), last = SpanSearch.TokenAt(_d.Tokens, span.End - 1);
        for (int i = first; i >= 0 && i <= last && i - first < 12; i++)
        {
            if (_d.Syntax[i].Upos == UposTag.Adp)
            {
                return i > first && IsLocationNoun(i - 1);
            }
        }

        return last >= 0 && IsLocationNoun(last);
    }

    private bool IsLocationNoun(int token) => s_locationNouns.Contains(_d.Syntax[token].Lemma ?? "");
}
