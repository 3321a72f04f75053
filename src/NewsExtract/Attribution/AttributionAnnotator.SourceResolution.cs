using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Source resolution: the entity key of a pronoun, a description or a titled name.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>The role of a title just before a name: "Gen." gives "general".</summary>
    private string? TitleBefore(string text, Token[] tokens, int first)
    {
        Span<char> buffer = stackalloc char[64];
        Span<char> norm = stackalloc char[32];
        for (int words = Math.Min(_maxTitleUnits, first); words >= 1; words--)
        {
            int k = 0;
            bool fits = true;
            for (int t = first - words; t < first && fits; t++)
            {
                ReadOnlySpan<char> w = tokens[t].Slice(text);
                if (w.Length > 30 || tokens[t].Kind != TokenKind.Word)
                {
                    fits = false;
                    break;
                }

                int n = Entities.NameNormalizer.Normalize(w, norm);
                if (k + n + 1 > buffer.Length)
                {
                    fits = false;
                    break;
                }

                if (k > 0)
                {
                    buffer[k++] = ' ';
                }

                norm[..n].CopyTo(buffer[k..]);
                k += n;
            }

            if (fits && _titles.TryGetValue(buffer[..k], out string? role) && role.Length > 0)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>A pronoun's antecedent: the latest person (for he/she) or actor (for they/we) named before it.</summary>
    private static string? PronounKey(Doc doc, int t)
    {
        bool person = doc.Word(t) is "he" or "she" or "He" or "She" or "I" or "his" or "her" or "His" or "Her";
        bool thing = doc.Word(t) is "it" or "It" or "its" or "Its"; // a group or a government, not a person
        int offset = doc.Tokens[t].Start;

        // "We assess that ...": outside a quotation "we" is the writers, not an actor of the story.
        if (doc.Word(t) is "we" or "We" or "our" or "Our" && !IsInsideQuote(doc, t))
        {
            return null;
        }

        int start = FirstEntityFrom(doc, offset) - 1;
        for (int e = start; e >= 0 && e > start - MaxAntecedentDistance; e--)
        {
            EntityMention m = doc.Entities[e];
            if (m.Span.Start >= offset)
            {
                continue;
            }

            if (person ? m.Type == EntityType.Person : m.IsActor && !(thing && m.Type == EntityType.Person))
            {
                return m.Key;
            }
        }

        return null;
    }

    /// <summary>"the general", "the prime minister": the latest person named with that title before.</summary>
    private static string? NominalKey(Doc doc, int first, int head)
    {
        ReadOnlySpan<char> role = doc.Word(head);
        int offset = doc.Tokens[head].Start;
        int start = FirstEntityFrom(doc, offset) - 1;
        for (int e = start; e >= 0 && e > start - MaxAntecedentDistance; e--)
        {
            if (doc.Entities[e].Span.Start < offset && doc.RoleOf[e] is string r && r.AsSpan().EndsWith(role, StringComparison.OrdinalIgnoreCase))
            {
                return doc.Entities[e].Key;
            }
        }

        return TypedAntecedentKey(doc, first, head, start);
    }

    /// <summary>
    /// "the group", "the militia" (the latest armed group named before), "the Iraqi government" (the government of that
    /// country, when the article names it), "the ministry", "the military": a definite description whose head says what
    /// kind of actor it refers to. Only a near antecedent counts: <see cref="MaxTypedAntecedentDistance"/> mentions back.
    /// </summary>
    private static string? TypedAntecedentKey(Doc doc, int first, int head, int start)
    {
        if (!doc.Word(first).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        EntityType? type = doc.Word(head) switch
        {
            "group" or "militia" or "faction" or "movement" or "organization" or "organisation" => EntityType.ArmedGroup,
            "government" or "ministry" or "administration" or "department" => EntityType.Government,
            "military" or "army" or "command" or "coalition" => EntityType.StateForce,
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        // "the Iraqi government": a demonym before the head names the country.
        string? country = null;
        for (int k = first + 1; k < head; k++)
        {
            if (doc.EntityAt[k] >= 0 && doc.Entities[doc.EntityAt[k]].Type is EntityType.Nationality or EntityType.GeoPolitical)
            {
                country = doc.Entities[doc.EntityAt[k]].Key;
            }
        }

        // A country's government: "government-of-COUNTRY" when the article names it anywhere.
        if (country is not null)
        {
            string key = "government-of-" + country;
            return type == EntityType.Government && doc.EntityKeys.Contains(key) ? key : null;
        }

        int offset = doc.Tokens[head].Start;
        for (int e = start; e >= 0 && e > start - MaxTypedAntecedentDistance; e--)
        {
            // "the ministry" and "the department" refer to a body so named ("the Ministry of Defense"), not to any government.
            EntityMention m = doc.Entities[e];
            if (m.Span.Start < offset && m.Type == type
                && (type != EntityType.Government || doc.Word(head) is "government" or "administration"
                    || doc.Text.AsSpan(m.Span.Start, m.Span.Length).Contains(doc.Word(head), StringComparison.OrdinalIgnoreCase)))
            {
                return m.Key;
            }
        }

        return null;
    }
}
