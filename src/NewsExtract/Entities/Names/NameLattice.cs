namespace NewsExtract.Entities.Names;

/// <summary>The scores a <see cref="NameLattice"/> decodes with: per token, per tag (<see cref="NameTags"/>).</summary>
internal interface INameScorer
{
    /// <summary>Sets <paramref name="scores"/> to the scores of token <paramref name="i"/>'s word and context features.</summary>
    void Emission(NameInput input, int first, int end, int i, Span<float> scores);

    /// <summary>Adds to <paramref name="scores"/> the scores of token <paramref name="i"/>'s features after tag <paramref name="previous"/> (-1: sentence start).</summary>
    void AddPrevious(NameInput input, int i, int previous, Span<float> scores);

    /// <summary>Adds to each row of <paramref name="rows"/> (<see cref="NameTags.ClassCount"/> scores each) what
    /// <see cref="AddPrevious"/> adds for the matching entry of <paramref name="previous"/>.</summary>
    void AddPreviousEach(NameInput input, int i, ReadOnlySpan<int> previous, Span<float> rows);
}

/// <summary>
/// First-order Viterbi decoding over BILOU tags, with max-marginal margins. A token is scored only where a name
/// can be: a token with a capital letter or a gazetteer tag, or a token after an open name (at most
/// <see cref="MaxJoiners"/> such small words in a row: "Bank of the …"); elsewhere it is O at no cost. Wherever no
/// open name can reach a token the lattice has one state, so the sentence is decoded in independent segments, and
/// the work is linear in the tokens, with a bounded buffer (a segment longer than <see cref="MaxSegment"/> scored
/// tokens is cut, no name across the cut).
/// </summary>
/// <remarks>
/// A tag's margin is the score of the best tag sequence through it less the best through any other tag of that
/// token (other than the same position in a name of another class), so it is never negative and says how much the whole sentence's reading would lose by changing that tag.
/// One lattice is used by one thread at a time (it is owned by a <see cref="NameInput"/>).
/// </remarks>
internal sealed class NameLattice
{
    /// <summary>Small words (no capital, no gazetteer tag) that may follow one another inside a name.</summary>
    public const int MaxJoiners = 2;

    /// <summary>Scored tokens held before a segment is cut.</summary>
    public const int MaxSegment = 256;

    private const int C = NameTags.ClassCount;
    private const int Rows = C + 1;

    private readonly float[] _local = new float[MaxSegment * Rows * C];
    private readonly float[] _alpha = new float[MaxSegment * C];
    private readonly byte[] _back = new byte[MaxSegment * C];
    private readonly float[] _beta = new float[MaxSegment * C];

    /// <summary>Tags tokens [<paramref name="first"/>, <paramref name="end"/>) into <paramref name="tags"/> (from index 0), with each token's margin.</summary>
    public void Decode<TScorer>(ref TScorer scorer, NameInput input, int first, int end, Span<int> tags, Span<float> margins)
        where TScorer : struct, INameScorer
    {
        Span<float> delta = stackalloc float[Rows];
        Span<float> emit = stackalloc float[C];
        Span<float> rows = stackalloc float[Rows * C];
        Span<int> before = stackalloc int[Rows];
        delta.Fill(float.NegativeInfinity);
        delta[0] = 0; // the sentence start, a closed state
        int segmentStart = first, k = 0, joiners = 0;
        for (int i = first; i < end; i++)
        {
            bool candidate = (input.Flags[i] & NameInput.Candidate) != 0 || input.Gazetteer[i] != 0;
            joiners = candidate ? 0 : joiners + 1;
            bool open = AnyOpen(delta);
            if (!candidate && !open)
            {
                if (k > 0)
                {
                    Finish(k, delta, tags[(segmentStart - first)..], margins[(segmentStart - first)..]);
                }

                tags[i - first] = NameTags.Outside;
                margins[i - first] = float.MaxValue;
                delta.Fill(float.NegativeInfinity);
                delta[1 + NameTags.Outside] = 0;
                segmentStart = i + 1;
                k = 0;
                continue;
            }

            bool atEnd = i + 1 == end || k + 1 == MaxSegment;
            Span<float> alpha = _alpha.AsSpan(k * C, C);
            Span<byte> back = _back.AsSpan(k * C, C);
            alpha.Fill(float.NegativeInfinity);
            // The tags before this token that are scored, all at once (one search of the weights for all of them).
            int scored = 0;
            for (int r = 0; r < Rows; r++)
            {
                int previous = r - 1;
                bool previousOpen = previous >= 0 && NameTags.IsOpen(previous);
                if (!float.IsNegativeInfinity(delta[r]) && (candidate || previousOpen) && (candidate || joiners <= MaxJoiners))
                {
                    before[scored++] = previous;
                }
            }

            if (scored > 0)
            {
                scorer.Emission(input, first, end, i, emit);
                for (int j = 0; j < scored; j++)
                {
                    emit.CopyTo(rows.Slice(j * C, C));
                }

                scorer.AddPreviousEach(input, i, before[..scored], rows[..(scored * C)]);
            }

            int next = 0;
            for (int r = 0; r < Rows; r++)
            {
                Span<float> local = _local.AsSpan(((k * Rows) + r) * C, C);
                local.Fill(float.NegativeInfinity);
                if (float.IsNegativeInfinity(delta[r]))
                {
                    continue;
                }

                int previous = r - 1;
                bool previousOpen = previous >= 0 && NameTags.IsOpen(previous);
                if (!candidate && !previousOpen)
                {
                    local[NameTags.Outside] = 0; // not scored on this path
                }
                else if (candidate || joiners <= MaxJoiners)
                {
                    Span<float> row = rows.Slice(next++ * C, C);
                    for (int c = 0; c < C; c++)
                    {
                        if (NameTags.Allowed(previous < 0 ? NameTags.Outside : previous, c, atEnd))
                        {
                            local[c] = row[c];
                        }
                    }
                }

                for (int c = 0; c < C; c++)
                {
                    float s = delta[r] + local[c];
                    if (s > alpha[c])
                    {
                        alpha[c] = s;
                        back[c] = (byte)r;
                    }
                }
            }

            delta[0] = float.NegativeInfinity;
            alpha.CopyTo(delta[1..]);
            k++;
            if (atEnd)
            {
                Finish(k, delta, tags[(segmentStart - first)..], margins[(segmentStart - first)..]);
                int last = tags[i - first];
                delta.Fill(float.NegativeInfinity);
                delta[1 + last] = 0;
                segmentStart = i + 1;
                k = 0;
            }
        }
    }

    private static bool AnyOpen(ReadOnlySpan<float> delta)
    {
        for (int c = 0; c < C; c++)
        {
            if (!float.IsNegativeInfinity(delta[1 + c]) && NameTags.IsOpen(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads back the best path of a segment of <paramref name="count"/> scored tokens and the margins of its tags.</summary>
    private void Finish(int count, ReadOnlySpan<float> delta, Span<int> tags, Span<float> margins)
    {
        // Every state alive at a segment's end is closed, and what follows does not depend on which: the best wins.
        int best = 0;
        for (int c = 1; c < C; c++)
        {
            if (delta[1 + c] > delta[1 + best])
            {
                best = c;
            }
        }

        tags[count - 1] = best;
        for (int k = count - 1; k > 0; k--)
        {
            tags[k - 1] = _back[(k * C) + tags[k]] - 1;
        }

        // Backward pass: the best score from each state to the segment's end.
        _beta.AsSpan((count - 1) * C, C).Clear();
        for (int k = count - 2; k >= 0; k--)
        {
            for (int p = 0; p < C; p++)
            {
                ReadOnlySpan<float> local = _local.AsSpan((((k + 1) * Rows) + 1 + p) * C, C);
                float b = float.NegativeInfinity;
                for (int c = 0; c < C; c++)
                {
                    b = Math.Max(b, local[c] + _beta[((k + 1) * C) + c]);
                }

                _beta[(k * C) + p] = b;
            }
        }

        for (int k = 0; k < count; k++)
        {
            int tag = tags[k];
            float chosen = _alpha[(k * C) + tag] + _beta[(k * C) + tag];
            float other = float.NegativeInfinity;
            for (int c = 0; c < C; c++)
            {
                // The same position in a name of another class is no rival here: the margin says how sure the model is
                // that a name with this span is there; its class is weighed by the entity layer (name words, context).
                bool otherClassOnly = c != NameTags.Outside && tag != NameTags.Outside && NameTags.PositionOf(c) == NameTags.PositionOf(tag);
                if (c != tag && !otherClassOnly)
                {
                    other = Math.Max(other, _alpha[(k * C) + c] + _beta[(k * C) + c]);
                }
            }

            margins[k] = float.IsNegativeInfinity(other) ? float.MaxValue : Math.Max(0, chosen - other);
        }
    }
}
