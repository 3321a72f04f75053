using System.Collections.Immutable;
using System.Globalization;

namespace NewsExtract.Events;

/// <summary>
/// One <see cref="EventRecord"/> per identity: the first non-null of each role across its mentions, entities typed
/// and placed from the entity layer (coordinates from the gazetteer's <c>lat</c>/<c>lon</c>), dates from the date
/// layer (a range for aggregates: "since October 17" runs to the publication date), numbers from the count layer, and
/// the statements whose content holds a mention.
/// </summary>
internal static class EventRecordBuilder
{
    public static EventRecord[] Build(EventInput d, List<DraftMention> drafts, EventMention[] mentions, int groups, List<int>[] statementsOf)
    {
        var members = new List<int>[groups];
        for (int i = 0; i < drafts.Count; i++)
        {
            (members[drafts[i].Group] ??= []).Add(i);
        }

        var byKey = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (EntityMention e in d.Entities)
        {
            byKey.TryAdd(e.Key, e);
        }

        var records = new EventRecord[groups];
        for (int g = 0; g < groups; g++)
        {
            List<int> ms = members[g];
            EventRecord r = new(mentions[ms[0]].Event, EventType.Attack, Polarity(ms, mentions))
            {
                Instrument = ms.Select(i => mentions[i].Instrument).FirstOrDefault(x => x is not null),
                Aggregate = drafts[ms[0]].Aggregate,
                Attacker = Participant(byKey, ms.Select(i => mentions[i].Attacker)),
                Target = Participant(byKey, ms.Select(i => mentions[i].Target)),
                Place = Place(byKey, ms.Select(i => mentions[i].Place)),
                Count = Number(ms.Select(i => drafts[i].Roles.CountQuantity)),
                Killed = Number(ms.Select(i => mentions[i].Killed).Select(k => QuantityIn(d, k))),
                Injured = Number(ms.Select(i => mentions[i].Injured).Select(k => QuantityIn(d, k))),
                Mentions = [.. ms],
                Statements = [.. ms.SelectMany(i => statementsOf[i]).Distinct().Order()],
            };
            DateMention? date = ms.Select(i => drafts[i].Roles.Date).FirstOrDefault(x => x?.From is not null);
            if (date is not null)
            {
                DateOnly? to = date.To;
                if (r.Aggregate && d.Published is DateOnly published && d.Text.AsSpan(date.Span.Start, date.Span.Length).StartsWith("since", StringComparison.OrdinalIgnoreCase))
                {
                    to = published; // "38 attacks since October 17": from then to the article's date.
                }

                r = r with { From = date.From, To = to };
            }

            records[g] = r;
        }

        return records;
    }

    private static EventPolarity Polarity(List<int> ms, EventMention[] mentions) =>
        ms.Any(i => mentions[i].Polarity == EventPolarity.Asserted) ? EventPolarity.Asserted
        : ms.Any(i => mentions[i].Polarity == EventPolarity.Hedged) ? EventPolarity.Hedged : EventPolarity.Denied;

    private static EventParticipant? Participant(Dictionary<string, EntityMention> d, IEnumerable<EventRole?> roles)
    {
        EventRole? first = null;
        foreach (EventRole? role in roles)
        {
            if (role is EventRole r)
            {
                if (r.Key is not null)
                {
                    return new EventParticipant(r.Span, r.Key, TypeOf(d, r.Key));
                }

                first ??= r;
            }
        }

        return first is EventRole f ? new EventParticipant(f.Span, null, null) : null;
    }

    private static EventPlace? Place(Dictionary<string, EntityMention> d, IEnumerable<EventRole?> roles)
    {
        EventRole? first = null;
        foreach (EventRole? role in roles)
        {
            if (role is EventRole r)
            {
                if (r.Key is not null && EntityOf(d, r.Key) is EntityMention e)
                {
                    return new EventPlace(r.Span, r.Key, Coordinate(e, "lat"), Coordinate(e, "lon"));
                }

                first ??= r;
            }
        }

        return first is EventRole f ? new EventPlace(f.Span, f.Key, null, null) : null;
    }

    private static double? Coordinate(EntityMention e, string name) =>
        e.Attributes.TryGetValue(name, out string? v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) ? x : null;

    private static EntityType? TypeOf(Dictionary<string, EntityMention> d, string key) => EntityOf(d, key)?.Type;

    private static EntityMention? EntityOf(Dictionary<string, EntityMention> d, string key) => d.TryGetValue(key, out EntityMention? e) ? e : null;

    private static Quantity? QuantityIn(EventInput d, EventRole? role) =>
        role is EventRole r ? SpanSearch.Within(d.Quantities, r.Span, static q => q.Span).FirstOrDefault() : null;

    private static EventNumber? Number(IEnumerable<Quantity?> quantities)
    {
        Quantity? q = quantities.FirstOrDefault(x => x is not null);
        return q is null ? null : new EventNumber(q.Span, q.Value, q.Qualifier);
    }

    /// <summary>For each mention, the statements whose content holds its trigger (at most 32 looked at per mention).</summary>
    public static List<int>[] StatementsOf(EventInput d, IReadOnlyList<TextSpan> triggers)
    {
        int[] byStart = [.. Enumerable.Range(0, d.Attributions.Length).OrderBy(i => d.Attributions[i].Content.Start)];
        var result = new List<int>[triggers.Count];
        for (int m = 0; m < triggers.Count; m++)
        {
            result[m] = [];
            TextSpan trigger = triggers[m];
            int lo = 0, hi = byStart.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (d.Attributions[byStart[mid]].Content.Start <= trigger.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (int k = lo - 1; k >= 0 && k >= lo - 32; k--)
            {
                if (d.Attributions[byStart[k]].Content.Contains(trigger))
                {
                    result[m].Add(byStart[k]);
                }
            }
        }

        return result;
    }
}
