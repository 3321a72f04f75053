using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Syntax;

/// <summary>The embedded tagger, lemmatizer and parser on sentences written for these tests.</summary>
public sealed class SyntaxTests
{
    private static readonly NewsExtractor s_extractor = NewsExtractor.Create(new NewsExtractorOptions { Syntax = SyntaxLevel.Full });

    private static NewsDocument Parse(string text)
    {
        NewsDocument doc = s_extractor.Annotate(text);
        Invariants.Check(doc);
        return doc;
    }

    private static int Index(NewsDocument doc, string word, int occurrence = 0)
    {
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            if (doc.GetText(doc.Tokens[i].Span) == word && occurrence-- == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{word}' not in the text");
    }

    private static TokenSyntax Of(NewsDocument doc, string word) => doc.Syntax[Index(doc, word)];

    private static string HeadOf(NewsDocument doc, string word)
    {
        TokenSyntax s = Of(doc, word);
        return s.Head < 0 ? "ROOT" : doc.GetText(doc.Tokens[s.Head].Span);
    }

    [Fact]
    public void Syntax_IsOff_ByDefault()
    {
        TestPipeline.Annotate("The convoy was hit near the border.").Syntax.Should().BeEmpty();
    }

    [Fact]
    public void Passive_SubjectIsPassive_AndAgentIsOblique()
    {
        NewsDocument doc = Parse("The base was struck by three rockets on Friday.");
        Of(doc, "struck").Upos.Should().Be(UposTag.Verb);
        Of(doc, "struck").Xpos.Should().Be("VBN");
        Of(doc, "struck").Lemma.Should().Be("strike");
        Of(doc, "struck").Features.Should().Contain("Voice=Pass");
        Of(doc, "struck").IsRoot.Should().BeTrue();
        HeadOf(doc, "base").Should().Be("struck");
        Of(doc, "base").Relation.Should().Be("nsubj:pass");
        Of(doc, "was").Relation.Should().Be("aux:pass");
        HeadOf(doc, "rockets").Should().Be("struck");
        Of(doc, "rockets").UniversalRelation.Should().Be("obl");
        HeadOf(doc, "three").Should().Be("rockets");
        Of(doc, "three").Relation.Should().Be("nummod");
    }

    [Fact]
    public void RelativeClause_AttachesToItsNoun_AndTheMainVerbTakesAClause()
    {
        NewsDocument doc = Parse("The official who spoke to reporters said the attack had failed.");
        Of(doc, "said").IsRoot.Should().BeTrue();
        HeadOf(doc, "official").Should().Be("said");
        Of(doc, "official").Relation.Should().Be("nsubj");
        HeadOf(doc, "spoke").Should().Be("official");
        Of(doc, "spoke").Relation.Should().Be("acl:relcl");
        HeadOf(doc, "failed").Should().Be("said");
        Of(doc, "failed").Relation.Should().Be("ccomp");
        HeadOf(doc, "attack").Should().Be("failed");
    }

    [Fact]
    public void FrontedQuote_SpeakerIsSubjectOfTheCue()
    {
        NewsDocument doc = Parse("\"We will respond at a time of our choosing,\" the minister said.");
        Of(doc, "said").IsRoot.Should().BeTrue();
        HeadOf(doc, "minister").Should().Be("said");
        Of(doc, "minister").Relation.Should().Be("nsubj");
        HeadOf(doc, "respond").Should().Be("said");
        Of(doc, "respond").Relation.Should().BeOneOf("ccomp", "parataxis");
    }

    [Fact]
    public void Coordination_ConjunctsAttachToTheFirst()
    {
        NewsDocument doc = Parse("Militants fired rockets and drones at the base.");
        HeadOf(doc, "drones").Should().Be("rockets");
        Of(doc, "drones").Relation.Should().Be("conj");
        HeadOf(doc, "and").Should().Be("drones");
        Of(doc, "and").Relation.Should().Be("cc");
        HeadOf(doc, "Militants").Should().Be("fired");
        HeadOf(doc, "rockets").Should().Be("fired");
        Of(doc, "rockets").Relation.Should().Be("obj");
    }

    [Theory]
    [InlineData("He said the drills went on.", "said", "say")]
    [InlineData("She told the ministry she was safe.", "told", "tell")]
    [InlineData("The group claimed the strike.", "claimed", "claim")]
    [InlineData("The soldiers were wounded.", "were", "be")]
    [InlineData("The guards had fled.", "fled", "flee")]
    [InlineData("Two convoys were targeted.", "convoys", "convoy")]
    [InlineData("The militias fought on.", "militias", "militia")]
    public void Lemmas_AreLearned_NotListed(string text, string word, string lemma)
    {
        Of(Parse(text), word).Lemma.Should().Be(lemma);
    }

    [Fact]
    public void QuoteDirection_ComesFromTheTokenizer()
    {
        NewsDocument doc = Parse("\"We will respond at a time of our choosing,\" the minister said.");
        doc.Syntax[Index(doc, "\"", 0)].Xpos.Should().Be("``");
        doc.Syntax[Index(doc, "\"", 1)].Xpos.Should().Be("''");
    }

    [Fact]
    public void CurlyQuotesAndApostrophes_ReadAsStraightOnes()
    {
        NewsDocument doc = Parse("\u201CWe don\u2019t know,\u201D he said.");
        Of(doc, "n\u2019t").Upos.Should().Be(UposTag.Part);
        Of(doc, "n\u2019t").Lemma.Should().Be("not");
        Of(doc, "\u201C").Upos.Should().Be(UposTag.Punct);
        Of(doc, "said").IsRoot.Should().BeTrue();
    }

    [Fact]
    public void TagsLevel_GivesTagsAndLemmas_WithoutHeads()
    {
        var extractor = NewsExtractor.Create(new NewsExtractorOptions { Syntax = SyntaxLevel.Tags });
        NewsDocument doc = extractor.Annotate("Officials said the rockets landed.", cancellationToken: TestContext.Current.CancellationToken);
        doc.Syntax.Should().HaveCount(doc.Tokens.Length);
        doc.Syntax.Should().OnlyContain(s => s.Head == -1 && s.Relation.Length == 0);
        doc.Syntax[Index(doc, "said")].Lemma.Should().Be("say");
    }

    [Fact]
    public void Options_RejectUndefinedSyntaxLevel()
    {
        Action act = () => _ = new NewsExtractorOptions { Syntax = (SyntaxLevel)7 };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void EveryCorpusArticle_ParsesIntoValidTrees()
    {
        foreach (string path in Repo.CorpusArticles())
        {
            NewsDocument doc = Parse(ArticleText.ReadFile(path));
            doc.Syntax.Should().HaveCount(doc.Tokens.Length);
        }
    }

    [Fact]
    public void SameInput_SameParse()
    {
        const string text = "Kataib Hezbollah denied that its fighters had launched the drones, a spokesman said.";
        Parse(text).Syntax.Should().Equal(Parse(text).Syntax);
    }
}
