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
                Aggregate = r.Count is not null || (plural && det is not "the"),
                Anaphoric = det is "the" or "this" or "that" or "these" or "those" || (possessive && r.Attacker is null),
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
