namespace NewsExtract.Tests.Support;

/// <summary>One extractor for all tests: it is thread-safe and meant to be cached.</summary>
public static class TestPipeline
{
    public static NewsExtractor Extractor { get; } = NewsExtractor.CreateDefault();

    public static NewsDocument Annotate(string text, DateOnly? published = null)
    {
        NewsDocument doc = Extractor.Annotate(text, published);
        Invariants.Check(doc);
        return doc;
    }
}

/// <summary>Finds the repository by walking up to NewsExtract.sln, so no test depends on ../../.. paths.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static IEnumerable<string> CorpusArticles() =>
        Directory.EnumerateFiles(Corpus, "*.txt").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsExtract.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("NewsExtract.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// Checks what must hold for every document: spans in bounds with Start &lt; End, no surrogate pair split,
/// layers sorted, tokens plus the gaps between them rebuild the text (gaps are white space only), sentences
/// cover tokens in order without overlap.
/// </summary>
public static class Invariants
{
    /// <summary>When the syntax layer is present: one entry per token, heads inside the sentence, one root, no cycle.</summary>
    public static void CheckSyntax(NewsDocument doc)
    {
        if (doc.Syntax.IsEmpty)
        {
            return;
        }

        doc.Syntax.Length.Should().Be(doc.Tokens.Length, "syntax is aligned with tokens");
        foreach (Sentence s in doc.Sentences)
        {
            int roots = 0;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                TokenSyntax t = doc.Syntax[i];
                t.Lemma.Should().NotBeNull();
                if (t.Relation.Length == 0)
                {
                    continue;
                }

                if (t.Head < 0)
                {
                    roots++;
                    t.Relation.Should().Be("root");
                    continue;
                }

                t.Head.Should().BeInRange(s.FirstToken, s.EndToken - 1, "a head lies in its dependent's sentence");
                int steps = 0;
                for (int a = i; a >= 0; a = doc.Syntax[a].Head)
                {
                    (++steps).Should().BeLessThanOrEqualTo(s.TokenCount, "the tree has no cycle");
                }
            }

            if (s.TokenCount > 0 && doc.Syntax[s.FirstToken].Relation.Length > 0)
            {
                roots.Should().Be(1, "a sentence has one root");
            }
        }
    }

    public static void Check(NewsDocument doc)
    {
        string text = doc.Text;
        int previousEnd = 0;
        foreach (Token t in doc.Tokens)
        {
            CheckSpan(text, t.Span, "token");
            t.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "tokens are sorted and do not overlap");
            for (int i = previousEnd; i < t.Start; i++)
            {
                IsGapChar(text[i]).Should().BeTrue($"the gap before token {t} holds only white space, not U+{(int)text[i]:X4}");
            }

            foreach (char c in t.Slice(text))
            {
                (char.IsWhiteSpace(c) || c == '\0').Should().BeFalse($"token {t} holds no white space (invisible format characters may sit inside a word)");
            }

            previousEnd = t.End;
        }

        for (int i = previousEnd; i < text.Length; i++)
        {
            IsGapChar(text[i]).Should().BeTrue("the text after the last token is white space");
        }

        int nextToken = 0;
        foreach (Sentence s in doc.Sentences)
        {
            CheckSpan(text, s.Span, "sentence");
            s.FirstToken.Should().Be(nextToken, "sentences cover the tokens in order");
            s.TokenCount.Should().BePositive();
            s.Span.Start.Should().Be(doc.Tokens[s.FirstToken].Start);
            s.Span.End.Should().Be(doc.Tokens[s.EndToken - 1].End);
            nextToken = s.EndToken;
        }

        nextToken.Should().Be(doc.Tokens.Length, "every token is in a sentence");
        CheckSorted(text, doc.Paragraphs.Select(p => p.Span), "paragraph", disjoint: true);
        CheckSorted(text, doc.Zones.Select(z => z.Span), "zone", disjoint: true);
        CheckSorted(text, doc.Quotes.Select(q => q.Span), "quote", disjoint: false);
        CheckSorted(text, doc.Entities.Select(e => e.Span), "entity", disjoint: true);
        CheckSorted(text, doc.Quantities.Select(q => q.Span), "quantity", disjoint: false);
        CheckSorted(text, doc.Dates.Select(d => d.Span), "date", disjoint: false);
        foreach (Attribution a in doc.Attributions)
        {
            CheckSpan(text, a.Content, "attribution content");
            if (a.Source is { } source)
            {
                CheckSpan(text, source.Span, "attribution source");
            }

            if (a.Cue is TextSpan cue)
            {
                CheckSpan(text, cue, "attribution cue");
            }
        }

        CheckSyntax(doc);
        CheckEvents(doc);
    }

    /// <summary>Event mentions: spans valid, triggers in reading order, every role inside the trigger's sentence, records
    /// pointing at existing mentions and statements.</summary>
    public static void CheckEvents(NewsDocument doc)
    {
        string text = doc.Text;
        CheckSorted(text, doc.Events.Select(e => e.Trigger), "event trigger", disjoint: true);
        foreach (EventMention e in doc.Events)
        {
            Sentence sentence = doc.Sentences.Single(s => s.Span.Contains(e.Trigger));
            foreach (EventRole? role in new[] { e.Attacker, e.Target, e.Place, e.Time, e.Count, e.Killed, e.Injured })
            {
                if (role is EventRole r)
                {
                    CheckSpan(text, r.Span, "event role");
                    sentence.Span.Contains(r.Span).Should().BeTrue($"role {r.Span} lies in the trigger's sentence {sentence.Span}");
                }
            }
        }

        doc.EventRecords.Select(r => r.Event).Should().OnlyHaveUniqueItems();
        doc.EventRecords.SelectMany(r => r.Mentions).Should().BeEquivalentTo(Enumerable.Range(0, doc.Events.Length), "every mention is in exactly one record");
        foreach (EventRecord r in doc.EventRecords)
        {
            r.Statements.All(i => i >= 0 && i < doc.Attributions.Length).Should().BeTrue("statements index the attributions");
            r.Mentions.All(i => doc.Events[i].Event == r.Event).Should().BeTrue("a record's mentions carry its id");
        }
    }

    private static bool IsGapChar(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060' or '\u180E' or '\0' or '\u061C' or '\u200E' or '\u200F'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2061' and <= '\u2064') or (>= '\u2066' and <= '\u2069');

    private static void CheckSorted(string text, IEnumerable<TextSpan> spans, string what, bool disjoint)
    {
        TextSpan? previous = null;
        foreach (TextSpan span in spans)
        {
            CheckSpan(text, span, what);
            if (previous is TextSpan p)
            {
                span.Start.Should().BeGreaterThanOrEqualTo(p.Start, $"{what}s are in reading order");
                if (disjoint)
                {
                    span.Start.Should().BeGreaterThanOrEqualTo(p.End, $"{what}s do not overlap");
                }
            }

            previous = span;
        }
    }

    private static void CheckSpan(string text, TextSpan span, string what)
    {
        span.Start.Should().BeGreaterThanOrEqualTo(0, what);
        span.End.Should().BeLessThanOrEqualTo(text.Length, what);
        span.Start.Should().BeLessThan(span.End, $"{what} {span} is not empty");
        if (span.Start > 0)
        {
            (char.IsLowSurrogate(text[span.Start]) && char.IsHighSurrogate(text[span.Start - 1])).Should().BeFalse($"{what} {span} does not start inside a surrogate pair");
        }

        if (span.End < text.Length)
        {
            (char.IsLowSurrogate(text[span.End]) && char.IsHighSurrogate(text[span.End - 1])).Should().BeFalse($"{what} {span} does not end inside a surrogate pair");
        }
    }
}
