using System.Text.Json;
using NewsExtract.Learning;
using NewsExtract.Syntax;
using NewsExtract.Tests.Support;
using NewsExtract.Training;

namespace NewsExtract.Tests.Syntax;

/// <summary>The model files: they load, give the recorded dev figures, refuse corrupt or foreign files, and train reproducibly.</summary>
public sealed class SyntaxModelTests
{
    private static string SharedEwt(string file) => Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data", "ud", "en_ewt", file));

    [Fact]
    public void EmbeddedModels_GiveTheRecordedDevFigures()
    {
        string dev = SharedEwt("en_ewt-ud-dev.conllu");
        Assert.SkipUnless(File.Exists(dev), "../shared/data/ud/en_ewt is not beside the repository");
        using JsonDocument recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "docs", "syntax-training.json")));
        JsonElement expected = recorded.RootElement.GetProperty("dev");
        SyntaxScores scores = SyntaxEvaluator.Evaluate(dev);
        scores.Upos.Should().BeApproximately(expected.GetProperty("upos").GetDouble(), 0.005);
        scores.Xpos.Should().BeApproximately(expected.GetProperty("xpos").GetDouble(), 0.005);
        scores.Lemma.Should().BeApproximately(expected.GetProperty("lemma").GetDouble(), 0.005);
        scores.Uas.Should().BeApproximately(expected.GetProperty("uas").GetDouble(), 0.005);
        scores.Las.Should().BeApproximately(expected.GetProperty("las").GetDouble(), 0.005);
    }

    [Fact]
    public void ModelFile_RoundTrips_AndRefusesCorruptionAndOtherKinds()
    {
        var model = new LinearModel(3, [7u, 11u], [0, 2, 3], [0, 2, 1], [0.5f, -1f, 2f]);
        using var stream = new MemoryStream();
        ModelFile.Write(stream, new ModelHeader("parser", 1, "my sentences", "CC0"), model.Write);
        byte[] bytes = stream.ToArray();

        using (BinaryReader reader = ModelFile.Open(new MemoryStream(bytes), "m.bin", "parser", 1, out ModelHeader header))
        {
            header.TrainingData.Should().Be("my sentences");
            LinearModel read = LinearModel.Read(reader);
            Span<float> scores = stackalloc float[3];
            read.Score([7u, 11u, 99u], scores);
            scores.ToArray().Should().Equal(0.5f, 2f, -1f);
        }

        Action otherKind = () => ModelFile.Open(new MemoryStream(bytes), "m.bin", "tagger", 1, out _);
        otherKind.Should().Throw<InvalidDataException>().WithMessage("*m.bin*parser*tagger*");
        Action otherVersion = () => ModelFile.Open(new MemoryStream(bytes), "m.bin", "parser", 2, out _);
        otherVersion.Should().Throw<InvalidDataException>().WithMessage("*version*");
        byte[] corrupt = (byte[])bytes.Clone();
        corrupt[^3] ^= 0x5A;
        Action corrupted = () => ModelFile.Open(new MemoryStream(corrupt), "m.bin", "parser", 1, out _);
        corrupted.Should().Throw<InvalidDataException>().WithMessage("*corrupt*");
        Action truncated = () => ModelFile.Open(new MemoryStream(bytes[..20]), "m.bin", "parser", 1, out _);
        truncated.Should().Throw<InvalidDataException>();
        Action notAModel = () => ModelFile.Open(new MemoryStream("hello world, not a model"u8.ToArray()), "m.bin", "parser", 1, out _);
        notAModel.Should().Throw<InvalidDataException>().WithMessage("*not a NewsExtract model*");
    }

    [Fact]
    public void Training_IsDeterministic_SameDataSameBytes()
    {
        List<ConlluSentence> sentences = [.. ConlluReader.Read(new StringReader(SmallTreebank()), "mine")];
        byte[] Train()
        {
            PosTagger tagger = TaggerTrainer.Train(sentences, null, 2, 1, TextWriter.Null);
            using var stream = new MemoryStream();
            ModelFile.Write(stream, new ModelHeader(PosTagger.Kind, TaggerFeatures.Version, "test", "CC0"), tagger.Write);
            int comma = Array.IndexOf(tagger.ClassXpos, ",");
            var examples = sentences.Select(s =>
            {
                var words = new SentenceWords();
                TaggerTrainer.Load(words, s);
                int[] tags = new int[s.Count];
                tagger.Tag(words, tags);
                int[] labels = new int[s.Count + 1];
                return new ParseExample(s, tags, ArcEagerOracle.Projectivize(s.Heads), labels);
            }).ToList();
            DependencyParser parser = ParserTrainer.Train(examples, comma, 2, 1, 0.5f, null, TextWriter.Null);
            ModelFile.Write(stream, new ModelHeader(DependencyParser.Kind, ParserFeatures.Version, "test", "CC0"), parser.Write);
            return stream.ToArray();
        }

        Train().Should().Equal(Train());
    }

    [Fact]
    public void Oracle_FollowedFromTheStart_RebuildsAProjectiveTree()
    {
        ConlluSentence s = ConlluReader.Read(new StringReader(SmallTreebank()), "mine").First();
        int[] gold = ArcEagerOracle.Projectivize(s.Heads);
        var state = new ArcEagerState();
        state.Reset(s.Count);
        while (!state.BufferEmpty)
        {
            Transition best = Enum.GetValues<Transition>().Where(state.IsLegal).OrderBy(t => ArcEagerOracle.Cost(state, gold, t)).First();
            ArcEagerOracle.Cost(state, gold, best).Should().Be(0);
            state.Apply(best);
        }

        state.Finish();
        state.Heads.AsSpan(1, s.Count).ToArray().Should().Equal(gold.AsSpan(1).ToArray());
    }

    [Fact]
    public void Projectivize_LiftsACrossingArc()
    {
        // 1 -> 3 crosses 2 -> 4: word 4 (head 2) is lifted to 2's head, word 1.
        int[] heads = ArcEagerOracle.Projectivize([0, 1, 1, 2]);
        heads.AsSpan(1).ToArray().Should().Equal(0, 1, 1, 1);
        int[] projective = ArcEagerOracle.Projectivize([2, 0, 2, 3]);
        projective.AsSpan(1).ToArray().Should().Equal(2, 0, 2, 3);
        int[] crossing = ArcEagerOracle.Projectivize([2, 0, 4, 1]);
        crossing.AsSpan(1).ToArray().Should().Equal(2, 0, 4, 2);
    }

    /// <summary>Two sentences written for the tests, in CoNLL-U.</summary>
    private static string SmallTreebank() => string.Join('\n',
        "1\tMilitants\tmilitant\tNOUN\tNNS\t_\t2\tnsubj\t_\t_",
        "2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\trockets\trocket\tNOUN\tNNS\t_\t2\tobj\t_\t_",
        "4\tat\tat\tADP\tIN\t_\t6\tcase\t_\t_",
        "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_",
        "6\tbase\tbase\tNOUN\tNN\t_\t2\tobl\t_\t_",
        "7\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_",
        "8\tofficials\tofficial\tNOUN\tNNS\t_\t9\tnsubj\t_\t_",
        "9\tsaid\tsay\tVERB\tVBD\t_\t2\tparataxis\t_\t_",
        "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
        "",
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_",
        "2\tbase\tbase\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_",
        "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_",
        "4\thit\thit\tVERB\tVBN\t_\t0\troot\t_\t_",
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
        "", "");
}
