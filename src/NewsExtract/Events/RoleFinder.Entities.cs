namespace NewsExtract.Events;

/// <summary>The entities, dates and counts a role span holds, found by offset.</summary>
internal sealed partial class RoleFinder
{
    private static string? KeyFor(EntityMention e, bool actor) => e.Type == EntityType.Nationality ? CountryKey(e) : e.Key;

    private static string? CountryKey(EntityMention e) => e.Attributes.TryGetValue("country", out string? c) ? c : e.Key;

    private EntityMention? ActorEntity(int token)
    {
        EntityMention? e = EntityAt(_d.Tokens[token].Span);
        return e is { IsActor: true } or { Type: EntityType.Nationality or EntityType.GeoPolitical } ? e : null;
    }

    /// <summary>
    /// A modifier of a trigger noun that names no actor: a person named before the act is its target ("the Soleimani
    /// strike"), a city, region or site its place ("the Erbil airport drone attack"). Records the role and says so. A
    /// possessor ("KH's drone attack"), a nationality or a country ("Israeli airstrike", "U.S. drone strike") stays the attacker.
    /// </summary>
    private bool ModifierNotActor(int token, string? relation, FoundRoles r)
    {
        EntityMention? e = EntityAt(_d.Tokens[token].Span);
        if (e is null || relation is "nmod:poss")
        {
            return false;
        }

        if (e.Type == EntityType.Person && relation is "compound" or "flat" or null or "")
        {
            r.Target ??= new EventRole(e.Span, e.Key);
            return true;
        }

        bool town = e.Type == EntityType.GeoPolitical && e.Attributes.TryGetValue("kind", out string? kind) && kind is not "country";
        if (town || e.Type is EntityType.Location or EntityType.Facility)
        {
            r.ModifierPlace ??= new EventRole(e.Span, e.Key);
            return true;
        }

        return false;
    }

    private bool IsWeapon(int token) => token >= 0 && _lexicon.Lookup(_d.Tokens[token].Slice(_d.Text)).Class == EventWordClass.Weapon;

    private bool IsPlaceName(int token) => token >= 0 && EntityAt(_d.Tokens[token].Span) is { Type: EntityType.GeoPolitical or EntityType.Location };

    /// <summary>The entity mention overlapping <paramref name="span"/> that holds <paramref name="head"/>, else the first one inside it.</summary>
    private EntityMention? EntityAt(TextSpan span, TextSpan? head = null)
    {
        EntityMention? inside = null;
        int i = FirstEntityFrom(span.Start);
        for (; i < _d.Entities.Length && _d.Entities[i].Span.Start < span.End; i++)
        {
            EntityMention e = _d.Entities[i];
            if (head is TextSpan h && e.Span.Overlaps(h))
            {
                return e;
            }

            if (span.Contains(e.Span) || e.Span.Contains(span))
            {
                inside ??= e;
            }
        }

        return inside;
    }

    private EntityMention? FirstPlace(TextSpan span)
    {
        for (int i = FirstEntityFrom(span.Start); i < _d.Entities.Length && _d.Entities[i].Span.Start < span.End; i++)
        {
            if (_d.Entities[i].IsPlace && span.Contains(_d.Entities[i].Span))
            {
                return _d.Entities[i];
            }
        }

        return null;
    }

    private int CountPlaces(TextSpan span)
    {
        int n = 0;
        for (int i = FirstEntityFrom(span.Start); i < _d.Entities.Length && _d.Entities[i].Span.Start < span.End; i++)
        {
            n += _d.Entities[i].IsPlace && span.Contains(_d.Entities[i].Span) ? 1 : 0;
        }

        return n;
    }

    private TextSpan TrimToPlaces(TextSpan span)
    {
        int start = span.End, end = span.Start;
        for (int i = FirstEntityFrom(span.Start); i < _d.Entities.Length && _d.Entities[i].Span.Start < span.End; i++)
        {
            if (_d.Entities[i].IsPlace && span.Contains(_d.Entities[i].Span))
            {
                start = Math.Min(start, _d.Entities[i].Span.Start);
                end = Math.Max(end, _d.Entities[i].Span.End);
            }
        }

        return start < end ? new TextSpan(start, end) : span;
    }

    /// <summary>The first entity that ends after <paramref name="offset"/>, by binary search (entities are sorted by start).</summary>
    private int FirstEntityFrom(int offset)
    {
        int lo = 0, hi = _d.Entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_d.Entities[mid].Span.Start < offset - 64)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        while (lo < _d.Entities.Length && _d.Entities[lo].Span.End <= offset)
        {
            lo++;
        }

        return lo;
    }

    private IEnumerable<DateMention> DatesIn(TextSpan span) => SpanSearch.Within(_d.Dates, span, static x => x.Span);

    private IEnumerable<Quantity> Quantities(TextSpan span) => SpanSearch.Within(_d.Quantities, span, static x => x.Span);

    private int TokenAt(int offset, Sentence s)
    {
        int t = SpanSearch.TokenAt(_d.Tokens, offset);
        return t >= s.FirstToken && t < s.EndToken ? t : -1;
    }
}
