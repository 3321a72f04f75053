using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Stance: denied or hedged by the cue, hedged by a hedge in the content.</summary>
internal sealed partial class AttributionAnnotator
{
    private Stance StanceOf(Doc doc, TextSpan content, Stance cueStance)
    {
        if (cueStance != Stance.Asserted)
        {
            return cueStance;
        }

        int t = doc.TokenAtOffset(content.Start);
        Span<char> buffer = stackalloc char[64];
        for (; t < doc.Tokens.Length && doc.Tokens[t].Start < content.End; t++)
        {
            for (int words = Math.Min(_lexicons.MaxHedgeWords, doc.Tokens.Length - t); words >= 1; words--)
            {
                int length = Quantities.LowerKey.Write(doc.Text, doc.Tokens, t, words, buffer);
                if (length > 0 && _lexicons.Hedges.ContainsKey(buffer[..length]))
                {
                    return Stance.Hedged;
                }
            }
        }

        return Stance.Asserted;
    }
}
