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

    /// <summary>The weekday or month an unresolved date names ("Saturday", "late December"), lower case, or null.</summary>
    public string? DateName { get; init; }

    /// <summary>The key of a person the act targets or kills ("the Soleimani strike"), or null: a person is killed once.</summary>
    public string? Victim { get; init; }

    public int Group { get; set; } = -1;
}

/// <summary>
/// Groups mentions into acts (EVENTS.md decision 12): a mention joins an earlier act of its kind (single act or set)
/// when they share a target, a place, a date or a means and nothing of these conflicts (a date range, a weekday or month
/// of an unresolved date, a target, an attacker, a means); with no evidence either way it joins the latest compatible
/// one; a named person struck or killed ties the mentions of that act whatever else they say. Rules.
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
        public string? DateName;
        public string? Victim;

        public void Add(DraftMention m)
        {
            DateName ??= m.DateName;
            Victim ??= m.Victim;
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
                if (m.Victim is not null && !m.Aggregate && p.Victim == m.Victim)
                {
                    // The strike that killed a named person, however the sentences date or place it.
                    best = p;
                    break;
                }

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
            // length and name a different one by a different date, place, target, attacker or means. A set of acts
            // (a plural, "the attacks" included, or a count) joins the latest compatible set likewise: analysis pieces
            // speak of one campaign in many words ("38 attacks since October" ... "the attacks" ... "those attacks"),
            // and a different set shows itself by a different date, place, target, attacker or means. Chosen by
            // cross-validation over dev + corpus (docs/events.md).
            if (best is null && (!m.Aggregate || m.Anaphoric || !Differ(m.Roles.Place?.Key, latest?.Place)))
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
        || Differ(m.DateName, p.DateName)
        || Differ(m.Roles.Target?.Key, p.Target)
        || Differ(m.Roles.Attacker?.Key, p.Attacker)
        || (m.Instrument is not null && p.Instrument is not null && m.Instrument != p.Instrument);

    private static int Evidence(DraftMention m, Profile p) =>
        Same(m.DateName, p.DateName) + Same(m.Roles.Target?.Key, p.Target) + Same(m.Roles.Place?.Key, p.Place) + Same(m.Roles.Date?.From, p.Date?.From) + Same(m.Roles.Attacker?.Key, p.Attacker);

    /// <summary>Two dates that cannot be one act's: "Friday" and "Saturday"; "Friday" and "this month" can.</summary>
    private static bool Disjoint(DateMention? a, DateMention? b) =>
        a is { From: DateOnly af } && b is { From: DateOnly bf } && ((a.To ?? af) < bf || (b.To ?? bf) < af);

    private static bool Differ<T>(T? a, T? b) => a is not null && b is not null && !EqualityComparer<T>.Default.Equals(a, b);

    private static int Same<T>(T? a, T? b) => a is not null && b is not null && EqualityComparer<T>.Default.Equals(a, b) ? 1 : 0;
}
