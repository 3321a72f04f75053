namespace NewsExtract.Events;

/// <summary>A mention on its way out: the trigger, the roles and what identity grouping needs.</summary>
internal sealed class DraftMention
{
    public required TriggerHit Hit { get; init; }

    public required FoundRoles Roles { get; init; }

    public EventInstrument? Instrument { get; init; }

    public EventPolarity Polarity { get; init; }

    /// <summary>An aggregate: a count of acts, or a plural trigger noun ("attacks").</summary>
    public bool Aggregate { get; init; }

    /// <summary>A definite or possessive mention that refers back ("the attack", "Friday's assault", "those attacks").</summary>
    public bool Anaphoric { get; init; }

    public bool IsVerb { get; init; }

    public int Group { get; set; } = -1;
}

/// <summary>
/// Groups mentions into acts (EVENTS.md decision 12): a mention joins an earlier act when they share a target, a place,
/// a date or a means and nothing of these conflicts; a definite mention or a verb with no evidence either way joins
/// the latest compatible act; an aggregate has its own id, shared only with later mentions of the same set. Rules.
/// </summary>
internal static class EventIdentity
{
    public static int Assign(List<DraftMention> mentions)
    {
        int groups = 0;
        var lastOfGroup = new List<DraftMention>();
        for (int i = 0; i < mentions.Count; i++)
        {
            DraftMention m = mentions[i];
            int best = -1, bestScore = 0;
            for (int g = lastOfGroup.Count - 1; g >= 0 && g >= lastOfGroup.Count - 8; g--)
            {
                DraftMention other = lastOfGroup[g];
                if (other.Aggregate != m.Aggregate || Conflicts(m, other))
                {
                    continue;
                }

                int score = Evidence(m, other);
                if (score > bestScore)
                {
                    best = g;
                    bestScore = score;
                }
            }

            if (best < 0 && (m.Anaphoric || (!m.Aggregate && m.Hit.Class is EventWordClass.Impact or EventWordClass.Force && IsVerb(m))))
            {
                for (int g = lastOfGroup.Count - 1; g >= 0 && g >= lastOfGroup.Count - 8; g--)
                {
                    if (lastOfGroup[g].Aggregate == m.Aggregate && !Conflicts(m, lastOfGroup[g]))
                    {
                        best = g;
                        break;
                    }
                }
            }

            if (best < 0)
            {
                m.Group = groups++;
                lastOfGroup.Add(m);
            }
            else
            {
                m.Group = lastOfGroup[best].Group;
                lastOfGroup[best] = m;
            }
        }

        return groups;
    }

    private static bool IsVerb(DraftMention m) => m.Hit.First == m.Hit.Last && m.Roles.Count is null && m.Anaphoric == false && m.Hit.Class != EventWordClass.Kill && m.IsVerb;

    private static bool Conflicts(DraftMention a, DraftMention b) =>
        Differ(a.Roles.Date?.From, b.Roles.Date?.From)
        || Differ(a.Roles.Place?.Key, b.Roles.Place?.Key)
        || Differ(a.Roles.Target?.Key, b.Roles.Target?.Key)
        || Differ(a.Roles.Attacker?.Key, b.Roles.Attacker?.Key)
        || (a.Instrument is not null && b.Instrument is not null && a.Instrument != b.Instrument);

    private static int Evidence(DraftMention a, DraftMention b) =>
        Same(a.Roles.Target?.Key, b.Roles.Target?.Key) + Same(a.Roles.Place?.Key, b.Roles.Place?.Key)
        + Same(a.Roles.Date?.From, b.Roles.Date?.From) + Same(a.Roles.Attacker?.Key, b.Roles.Attacker?.Key);

    private static bool Differ<T>(T? a, T? b) => a is not null && b is not null && !EqualityComparer<T>.Default.Equals(a, b);

    private static int Same<T>(T? a, T? b) => a is not null && b is not null && EqualityComparer<T>.Default.Equals(a, b) ? 1 : 0;
}
