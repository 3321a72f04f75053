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

    public int Group { get; set; } = -1;
}

/// <summary>
/// Groups mentions into acts (EVENTS.md decision 12): a mention joins an earlier act when they share a target, a place,
/// a date or a means and nothing of these conflicts; a definite mention or a verb with no evidence either way joins
/// the latest compatible act; an aggregate with a count of its own starts a set, shared with later mentions of it
/// (anaphoric or bare plurals with nothing in conflict). Rules.
/// </summary>
internal static class EventIdentity
{
    /// <summary>What a group has said so far about its act: the first key or value of each role.</summary>
    private sealed class Profile
    {
        public int Group;
        public bool Aggregate;
        public string? Target;
        public string? Place;
        public string? Attacker;
        public DateMention? Date;
        public EventInstrument? Instrument;

        public void Add(DraftMention m)
        {
            Target ??= m.Roles.Target?.Key;
            Place ??= m.Roles.Place?.Key;
            Attacker ??= m.Roles.Attacker?.Key;
            Date ??= m.Roles.Date is { From: not null } d ? d : null;
            Instrument ??= m.Instrument;
        }
    }

    public static int Assign(List<DraftMention> mentions)
    {
        // Only the eight most recent groups can be joined, so the cost stays linear in the mentions.
        var profiles = new List<Profile>(9);
        int groups = 0;
        foreach (DraftMention m in mentions)
        {
            // The most recent groups first.
            Profile? best = null;
            int bestScore = 0;
            Profile? latest = null;
            for (int g = profiles.Count - 1; g >= 0; g--)
            {
                Profile p = profiles[g];
                if (p.Aggregate != m.Aggregate || Conflicts(m, p))
                {
                    continue;
                }

                latest ??= p;
                int score = Evidence(m, p);
                if (score > bestScore)
                {
                    best = p;
                    bestScore = score;
                }
            }

            // A single act with no evidence either way is the latest compatible act: news articles tell one act at a
            // length and name a different one by a different date, place, target, attacker or means. An aggregate joins
            // an earlier set only when it refers back ("those attacks").
            // A bare plural with no count of its own ("the new attacks", "Iran-backed attacks") speaks of the set the
            // text is telling, so it joins the latest compatible set too; a new count starts a new set.
            if (best is null && (!m.Aggregate || m.Anaphoric))
            {
                best = latest;
            }
            else if (best is null && m.Roles.Count is null && latest is not null && !Differ(m.Roles.Place?.Key, latest.Place))
            {
                best = latest;
            }

            if (best is null)
            {
                best = new Profile { Group = groups++, Aggregate = m.Aggregate };
                profiles.Add(best);
                if (profiles.Count > 8)
                {
                    profiles.RemoveAt(0);
                }
            }
            else
            {
                // Keep the most recent group last, so that "latest" means the act the text speaks of now.
                profiles.Remove(best);
                profiles.Add(best);
            }

            m.Group = best.Group;
            best.Add(m);
        }

        return groups;
    }

    private static bool Conflicts(DraftMention m, Profile p) =>
        Disjoint(m.Roles.Date, p.Date)
        || Differ(m.Roles.Target?.Key, p.Target)
        || Differ(m.Roles.Attacker?.Key, p.Attacker)
        || (m.Instrument is not null && p.Instrument is not null && m.Instrument != p.Instrument);

    private static int Evidence(DraftMention m, Profile p) =>
        Same(m.Roles.Target?.Key, p.Target) + Same(m.Roles.Place?.Key, p.Place) + Same(m.Roles.Date?.From, p.Date?.From) + Same(m.Roles.Attacker?.Key, p.Attacker);

    /// <summary>Two dates that cannot be one act's: "Friday" and "Saturday"; "Friday" and "this month" can.</summary>
    private static bool Disjoint(DateMention? a, DateMention? b) =>
        a is { From: DateOnly af } && b is { From: DateOnly bf } && ((a.To ?? af) < bf || (b.To ?? bf) < af);

    private static bool Differ<T>(T? a, T? b) => a is not null && b is not null && !EqualityComparer<T>.Default.Equals(a, b);

    private static int Same<T>(T? a, T? b) => a is not null && b is not null && EqualityComparer<T>.Default.Equals(a, b) ? 1 : 0;
}
