using NewsExtract.Syntax;

namespace NewsExtract.Events;

/// <summary>
/// Which sentences the event layer needs parsed: those holding a word of force. The parser costs far more than the
/// event layer, and most sentences of an article name no use of force; the parses come from
/// <see cref="SyntaxOnDemand"/>, shared with the other layers that ask.
/// </summary>
internal static class EventSentenceParser
{
    /// <summary>Whether a sentence holds a word that can name a use of force.</summary>
    public static bool CanHoldEvent(EventInput input, Sentence sentence, EventLexicon lexicon)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            Token token = input.Tokens[t];
            if (token.Kind == TokenKind.Word && lexicon.Lookup(token.Slice(input.Text)).Class is EventWordClass.Force or EventWordClass.Impact or EventWordClass.Kill or EventWordClass.Light)
            {
                return true;
            }
        }

        return false;
    }
}
