namespace NewsExtract.Syntax;

/// <summary>The four arc-eager transitions.</summary>
internal enum Transition : byte
{
    Shift,
    Reduce,
    LeftArc,
    RightArc,
}

/// <summary>
/// The configuration of the arc-eager transition system (Nivre 2003) over one sentence: a stack, the front of the
/// buffer and the arcs so far, with each word's outermost children and valency kept for the features. Words are 1..n;
/// the artificial root stands at the END of the buffer, in position n + 1 (Ballesteros and Nivre 2013), so the parser
/// picks the root of a sentence that opens with a long quotation only once it has seen the "said" at its end. A head
/// of 0 in <see cref="Heads"/> means the root. A buffer reused from sentence to sentence.
/// </summary>
internal sealed class ArcEagerState
{
    public const int None = -1;

    private int[] _stack = new int[64];

    public int Count { get; private set; }

    /// <summary>Gets the front of the buffer (n + 1 when the buffer is empty).</summary>
    public int Front { get; private set; }

    public int[] Heads { get; private set; } = new int[64];

    public int[] Left1 { get; private set; } = new int[64];

    public int[] Left2 { get; private set; } = new int[64];

    public int[] Right1 { get; private set; } = new int[64];

    public int[] Right2 { get; private set; } = new int[64];

    public byte[] LeftCount { get; private set; } = new byte[64];

    public byte[] RightCount { get; private set; } = new byte[64];

    public int StackDepth { get; private set; }

    /// <summary>Gets how many words <see cref="Finish"/> had to attach (the parser left them without a head).</summary>
    public int Repaired { get; private set; }

    public void Reset(int n)
    {
        int size = n + 2;
        if (size > Heads.Length)
        {
            size = Math.Max(size, Heads.Length * 2);
            _stack = new int[size];
            Heads = new int[size];
            Left1 = new int[size];
            Left2 = new int[size];
            Right1 = new int[size];
            Right2 = new int[size];
            LeftCount = new byte[size];
            RightCount = new byte[size];
        }

        WordCount = n;
        for (int i = 0; i <= n + 1; i++)
        {
            Heads[i] = None;
            Left1[i] = None;
            Left2[i] = None;
            Right1[i] = None;
            Right2[i] = None;
            LeftCount[i] = 0;
            RightCount[i] = 0;
        }

        StackDepth = 0;
        Front = 1;
    }

    public int WordCount { get; private set; }

    /// <summary>Gets the root's position: after the last word.</summary>
    public int RootPosition => WordCount + 1;

    /// <summary>Gets whether parsing is over: the buffer is empty, or only the root is left and nothing can move.</summary>
    public bool BufferEmpty => Front > RootPosition || (Front == RootPosition && !CanMoveAtRoot());

    /// <summary>Gets whether the root has its dependent (a sentence has one root).</summary>
    public bool RootTaken => LeftCount[RootPosition] > 0;

    public int Top => StackDepth > 0 ? _stack[StackDepth - 1] : None;

    public int Second => StackDepth > 1 ? _stack[StackDepth - 2] : None;

    /// <summary>Gets the stack from the bottom up.</summary>
    public ReadOnlySpan<int> Stack => _stack.AsSpan(0, StackDepth);

    public bool IsLegal(Transition t)
    {
        int s = Top;
        bool word = Front <= WordCount;
        return t switch
        {
            Transition.Shift => word,
            Transition.LeftArc => s > 0 && Heads[s] == None && (word || (Front == RootPosition && !RootTaken)),
            Transition.RightArc => word && s > 0,
            Transition.Reduce => s > 0 && Heads[s] != None,
            _ => false,
        };
    }

    private bool CanMoveAtRoot()
    {
        int s = Top;
        return s > 0 && (Heads[s] != None || !RootTaken);
    }

    public void Apply(Transition t)
    {
        switch (t)
        {
            case Transition.Shift:
                _stack[StackDepth++] = Front++;
                break;
            case Transition.Reduce:
                StackDepth--;
                break;
            case Transition.LeftArc:
                AddArc(Front == RootPosition ? 0 : Front, _stack[--StackDepth]);
                break;
            case Transition.RightArc:
                AddArc(Top, Front);
                _stack[StackDepth++] = Front++;
                break;
        }
    }

    /// <summary>Gives every word still without a head one: the root's dependent when there is one, else the root.</summary>
    public void Finish()
    {
        Repaired = 0;
        int rootChild = Left1[RootPosition];
        for (int i = 1; i <= WordCount; i++)
        {
            if (Heads[i] != None)
            {
                continue;
            }

            Repaired++;
            if (rootChild == None)
            {
                AddArc(0, i);
                rootChild = i;
            }
            else
            {
                AddArc(rootChild, i);
            }
        }
    }

    /// <summary>Adds an arc; <paramref name="head"/> 0 is the root, whose children are kept at its position, n + 1.</summary>
    private void AddArc(int head, int dependent)
    {
        Heads[dependent] = head;
        if (head == 0)
        {
            head = RootPosition;
        }

        if (dependent < head)
        {
            if (Left1[head] == None || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] == None || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }

            LeftCount[head] = (byte)Math.Min(LeftCount[head] + 1, 255);
        }
        else
        {
            if (Right1[head] == None || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] == None || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }

            RightCount[head] = (byte)Math.Min(RightCount[head] + 1, 255);
        }
    }
}
