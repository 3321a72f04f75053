using NewsExtract.Entities.Names;
using NewsExtract.Evaluation;
using NewsExtract.Learning;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Entities;

/// <summary>
/// The learned name finder (issue 14) inside the entity layer. Every sentence is written for the test; the names are
/// invented or absent from actors.tsv and places.tsv, so only the model and the rules can find them.
/// </summary>
public class NameFinderTests
{
    private static readonly NewsExtractor s_gazetteerOnly = NewsExtractor.Create(new NewsExtractorOptions { NameModel = false });

    private static EntityMention[] At(NewsDocument doc, string text, int from = 0)
    {
        int start = doc.Text.IndexOf(text, from, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the test text holds \"{text}\"");
        var span = new TextSpan(start, start + text.Length);
        return [.. doc.Entities.Where(e => e.Span.Overlaps(span))];
    }

    [Theory]
    [InlineData("Mr. Burton said the base had been hit twice.", "Burton")]
    [InlineData("The drones came from the east, Ms. Okafor told reporters.", "Okafor")]
    public void Honorific_Surname_IsPersonWithoutTheHonorific(string text, string name)
    {
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention[] found = At(doc, name);
        found.Should().ContainSingle();
        doc.GetText(found[0].Span).Should().Be(name);
        found[0].Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void Title_WithFor_StaysOutOfTheName()
    {
        const string text = "Minister for the Middle East Tobias Ellwood condemned the attack on Tuesday.";
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention person = doc.Entities.Single(e => e.Type == EntityType.Person);
        doc.GetText(person.Span).Should().Be("Tobias Ellwood");
        person.Key.Should().Be("tobias-ellwood");
    }

    [Fact]
    public void LoneSurname_AfterFullName_LinksToTheSameKey()
    {
        const string text = "Minister for the Middle East Tobias Ellwood condemned the attack. Ellwood said Britain stood with its allies.";
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention surname = At(doc, "Ellwood said").Single();
        doc.GetText(surname.Span).Should().Be("Ellwood");
        surname.Type.Should().Be(EntityType.Person);
        surname.Key.Should().Be("tobias-ellwood");
    }

    [Theory]
    [InlineData("On January 5, officers said the convoy was hit near the border.")]
    [InlineData("Monday brought more attacks on the convoy, and Friday was no calmer.")]
    [InlineData("Rockets Hit Base Near Village As Tensions Rise\n\nThe convoy was hit on Tuesday.")]
    [InlineData("Yesterday the convoy was hit. Nobody claimed the attack. Officials said little.")]
    public void MonthsWeekdaysAndCapitals_AreNoNames(string text)
    {
        NewsDocument doc = TestPipeline.Annotate(text);
        doc.Entities.Where(e => e.IsActor || e.IsPlace).Select(e => doc.GetText(e.Span)).Should().BeEmpty();
    }

    [Fact]
    public void RoleNoun_BeforeUnknownPerson_IsTheRoleAttribute()
    {
        const string text = "Nobody claimed the attack, said spokesman Ethan Marlowe.";
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention person = At(doc, "Ethan Marlowe").Single();
        doc.GetText(person.Span).Should().Be("Ethan Marlowe");
        person.Type.Should().Be(EntityType.Person);
        person.Attributes.Should().Contain("role", "spokesman");
    }

    [Fact]
    public void UnknownVillage_IsFoundByTheModel_WithAScore()
    {
        const string text = "The rocket attack damaged a depot near the village of Tel Rumman on Tuesday.";
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention place = At(doc, "Tel Rumman").Single();
        doc.GetText(place.Span).Should().Be("Tel Rumman");
        place.IsPlace.Should().BeTrue();
        place.Origin.Should().Be(EntityOrigin.Model);
        place.Score.Should().BeInRange(0.5f, 1f);
        At(s_gazetteerOnly.Annotate(text, cancellationToken: TestContext.Current.CancellationToken), "Tel Rumman").Should().BeEmpty("the gazetteer does not list it");
    }

    [Fact]
    public void UnknownPerson_BeforeSpeechVerb_IsFound()
    {
        const string text = "The convoy was hit twice. Yesterday Will Stanton said the road was closed.";
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention person = At(doc, "Will Stanton").Single();
        doc.GetText(person.Span).Should().Be("Will Stanton");
        person.Type.Should().Be(EntityType.Person);
    }

    [Theory]
    [InlineData("The strike was condemned by the Ministry of Water Resources on Sunday.", "Ministry of Water Resources", EntityType.Government)]
    [InlineData("Officials in the town said the Vexley Group had left the area.", "Vexley Group", EntityType.Organization)]
    public void UnknownOrganisation_IsFound(string text, string name, EntityType type)
    {
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention org = At(doc, name).Single();
        doc.GetText(org.Span).Should().Be(name);
        org.Type.Should().Be(type);
    }

    [Fact]
    public void ModelName_EveryOccurrence_HasOneTypeAndKey()
    {
        const string text = "Shells fell near the village of Tel Rumman on Tuesday. Residents of Tel Rumman fled east.";
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention[] mentions = [.. doc.Entities.Where(e => doc.GetText(e.Span) == "Tel Rumman")];
        mentions.Should().HaveCount(2);
        mentions.Select(m => (m.Type, m.Key)).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void NameModelOff_GivesNoModelMentions()
    {
        const string text = "Shells fell near the village of Tel Rumman. Yesterday Will Stanton said the road was closed.";
        s_gazetteerOnly.Annotate(text, cancellationToken: TestContext.Current.CancellationToken).Entities.Should().NotContain(e => e.Origin == EntityOrigin.Model);
        TestPipeline.Annotate(text).Entities.Should().Contain(e => e.Origin == EntityOrigin.Model);
    }

    [Fact]
    public void ViterbiDecoding_AnyScores_FindsTheBestWholeNames()
    {
        // Property: whatever the scores, the lattice's tags form whole BILOU names, are the best-scoring allowed
        // sequence (checked against every sequence, on sentences of capitalised words where every token is scored),
        // and every margin is at least 0.
        const string text = "Alpha Bravo Charlie Delta";
        NewsDocument doc = TestPipeline.Annotate(text);
        Token[] tokens = [.. doc.Tokens];
        var input = new NameInput();
        input.Reset(text, tokens, NewsExtract.Lexicons.LexiconSet.Default, new Dictionary<uint, byte>());
        var random = new Random(14);
        const int C = NameTags.ClassCount;
        for (int run = 0; run < 300; run++)
        {
            int n = random.Next(1, tokens.Length + 1);
            var scorer = new TableScorer(new float[n * C], new float[n * (C + 1) * C]);
            for (int k = 0; k < scorer.Emit.Length; k++)
            {
                scorer.Emit[k] = (float)(random.NextDouble() * 4 - 2);
            }

            for (int k = 0; k < scorer.Previous.Length; k++)
            {
                scorer.Previous[k] = (float)(random.NextDouble() * 4 - 2);
            }

            int[] tags = new int[n];
            float[] margins = new float[n];
            input.Lattice.Decode(ref scorer, input, 0, n, tags, margins);
            margins.Should().OnlyContain(m => m >= 0);
            for (int i = 0; i < n; i++)
            {
                NameTags.Allowed(i == 0 ? NameTags.Outside : tags[i - 1], tags[i], i + 1 == n).Should().BeTrue($"run {run}: {string.Join(",", tags)}");
            }

            float best = float.NegativeInfinity;
            int[] path = new int[n];
            void Search(int i, float sum)
            {
                if (i == n)
                {
                    best = Math.Max(best, sum);
                    return;
                }

                for (int c = 0; c < C; c++)
                {
                    int previous = i == 0 ? -1 : path[i - 1];
                    if (NameTags.Allowed(previous < 0 ? NameTags.Outside : previous, c, i + 1 == n))
                    {
                        path[i] = c;
                        Search(i + 1, sum + scorer.Score(i, previous, c));
                    }
                }
            }

            Search(0, 0);
            float decoded = 0;
            for (int i = 0; i < n; i++)
            {
                decoded += scorer.Score(i, i == 0 ? -1 : tags[i - 1], tags[i]);
            }

            decoded.Should().BeApproximately(best, 1e-3f, $"run {run}");
        }
    }

    /// <summary>Scores from tables: per token and tag, and per token, tag before and tag.</summary>
    private readonly struct TableScorer(float[] emit, float[] previous) : INameScorer
    {
        public float[] Emit => emit;

        public float[] Previous => previous;

        public float Score(int i, int before, int tag) =>
            emit[(i * NameTags.ClassCount) + tag] + previous[(((i * (NameTags.ClassCount + 1)) + before + 1) * NameTags.ClassCount) + tag];

        public void Emission(NameInput input, int first, int end, int i, Span<float> scores) =>
            emit.AsSpan(i * NameTags.ClassCount, NameTags.ClassCount).CopyTo(scores);

        public void AddPrevious(NameInput input, int i, int before, Span<float> scores)
        {
            for (int c = 0; c < scores.Length; c++)
            {
                scores[c] += previous[(((i * (NameTags.ClassCount + 1)) + before + 1) * NameTags.ClassCount) + c];
            }
        }

        public void AddPreviousEach(NameInput input, int i, ReadOnlySpan<int> previous, Span<float> rows)
        {
            for (int j = 0; j < previous.Length; j++)
            {
                AddPrevious(input, i, previous[j], rows.Slice(j * NameTags.ClassCount, NameTags.ClassCount));
            }
        }
    }

    [Fact]
    public void ModelFile_OtherFeatureSet_IsAClearError()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, new ModelHeader(NameTagger.Kind, NameFeatures.Version + 1, "test", "test"), NameTagger.Default.Write);
        stream.Position = 0;
        Action load = () => NameTagger.Load(stream, "ner.bin");
        load.Should().Throw<InvalidDataException>().WithMessage("*ner.bin*");
    }

    [Fact]
    public void BioSpans_ReadBioAndIob1()
    {
        var s = new BioSentence(["Gen.", "Kenneth", "McKenzie", "visited", "Tel", "Rumman", "."], ["O", "B-PER", "I-PER", "O", "I-LOC", "I-LOC", "O"]);
        BioFile.Spans(s).Should().Equal(new BioSpan(1, 2, "PER"), new BioSpan(4, 5, "LOC"));
        BioFile.Join(s, out int[] starts).Should().Be("Gen. Kenneth McKenzie visited Tel Rumman .");
        starts[4].Should().Be(30);
    }
}
