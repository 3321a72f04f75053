namespace NewsExtract.Events;

/// <summary>
/// The event layer's steps over one document: triggers (learned), then roles, polarity and instrument (rules from the
/// parse), identity, and records. Reads an <see cref="EventInput"/> whose syntax covers the sentences with words of force.
/// </summary>
internal sealed class EventExtractor
{
    private readonly EventLexicon _lexicon;
    private readonly TriggerModel? _model;

    public EventExtractor(EventLexicon lexicon, TriggerModel? model)
    {
        _lexicon = lexicon;
        _model = model;
    }

    public (EventMention[] Mentions, EventRecord[] Records) Run(EventInput d)
    {
        if (d.Syntax.Length != d.Tokens.Length || d.Tokens.Length == 0)
        {
            return ([], []);
        }

        var tree = new DependencyIndex(d.Syntax);
        List<TriggerHit> hits = TriggerFinder.Find(d, tree, _lexicon, _model);
        if (hits.Count == 0)
        {
            return ([], []);
        }

        var roles = new RoleFinder(d, tree, _lexicon);
        List<int>[] statements = EventRecordBuilder.StatementsOf(d, [.. hits.Select(h => d.Tokens[h.Head].Span)]);
        var drafts = new List<DraftMention>(hits.Count);
        for (int k = 0; k < hits.Count; k++)
        {
            TriggerHit hit = hits[k];
            FoundRoles r = roles.Find(hit);
            TokenSyntax s = d.Syntax[hit.Head];
            bool plural = s.Xpos is "NNS" or "NNPS";
            string det = Determiner(d, tree, hit.Head);
            bool possessive = tree.Child(hit.Head, "nmod:poss") >= 0;
            drafts.Add(new DraftMention
            {
                Hit = hit,
                Roles = r,
                Instrument = EventPolarityFinder.Instrument(d, tree, _lexicon, hit),
                Polarity = EventPolarityFinder.Find(d, tree, hit, statements[k]),
                Aggregate = r.Count is not null || plural,
                Anaphoric = det is "the" or "this" or "that" or "these" or "those" || (possessive && r.Attacker is null),
                DateName = DateName(d, r.Date),
                Victim = Victim(d, r),
            });
        }

        int groups = EventIdentity.Assign(drafts);
        var mentions = new EventMention[drafts.Count];
        var order = new int[groups];
        Array.Fill(order, -1);
        int next = 0;
        for (int i = 0; i < drafts.Count; i++)
        {
            DraftMention m = drafts[i];
            if (order[m.Group] < 0)
            {
                order[m.Group] = next++;
            }

            var trigger = new TextSpan(d.Tokens[m.Hit.First].Start, d.Tokens[m.Hit.Last].End);
            string id = "E" + (order[m.Group] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            mentions[i] = new EventMention(trigger, EventType.Attack, m.Instrument, m.Polarity, id)
            {
                Attacker = m.Roles.Attacker,
                Target = m.Roles.Target,
                Place = m.Roles.Place,
                Time = m.Roles.Time,
                Count = m.Roles.Count,
                Killed = m.Roles.Killed,
                Injured = m.Roles.Injured,
            };
            m.Group = order[m.Group];
        }

        return (mentions, EventRecordBuilder.Build(d, drafts, mentions, next, statements));
    }

    private static readonly string[] s_dayAndMonthNames =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    /// <summary>
    /// The weekday or month an unresolved date of one act names ("Saturday", "late December", "Jan. 3" gives "jan 3"),
    /// so that "Saturday" and "Wednesday" are two acts when the article has no publication date; null for a range ("since October").
    /// </summary>
    private static string? DateName(EventInput d, DateMention? date)
    {
        if (date is null || date.From is not null || date.Span.Length > 40)
        {
            return null;
        }

        string text = date.Span.GetText(d.Text).ToLowerInvariant();
        if (text.StartsWith("since", StringComparison.Ordinal) || text.StartsWith("through", StringComparison.Ordinal) || text.Contains("past", StringComparison.Ordinal))
        {
            return null;
        }

        string[] words = text.Split([' ', '.', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            int k = Array.IndexOf(s_dayAndMonthNames, words[i]);
            if (k >= 0 && k < 7)
            {
                return words[i];
            }

            if (k >= 7)
            {
                // Months by their first three letters, with the day when one follows ("Jan. 3" and "January 3" agree).
                string day = i + 1 < words.Length && words[i + 1].Length <= 4 && char.IsAsciiDigit(words[i + 1][0]) ? " " + words[i + 1].TrimEnd('t', 'h', 's', 'n', 'd', 'r') : "";
                return words[i][..3] + day;
            }
        }

        return null;
    }

    private static string? Victim(EventInput d, FoundRoles r)
    {
        foreach (EventRole? role in (ReadOnlySpan<EventRole?>)[r.Target, r.Killed])
        {
            if (role is EventRole x)
            {
                int i = SpanSearch.FirstAtOrAfter(d.Entities, x.Span.Start, static e => e.Span);
                if (i < d.Entities.Length && d.Entities[i] is { Type: EntityType.Person, Key: string key } e && x.Span.Contains(e.Span))
                {
                    return key;
                }
            }
        }

        return null;
    }

    private static string Determiner(EventInput d, DependencyIndex tree, int head)
    {
        int det = tree.Child(head, "det");
        if (det < 0)
        {
            return "";
        }

        ReadOnlySpan<char> w = d.Tokens[det].Slice(d.Text);
        return w.Length > 8 ? "" : w.ToString().ToLowerInvariant();
    }
}
