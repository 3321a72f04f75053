using System.Buffers;

namespace NewsExtract.Tokenization;

/// <summary>A growable buffer of values rented from <see cref="ArrayPool{T}"/>; call <see cref="Dispose"/> when done.</summary>
internal struct PooledList<T> : IDisposable
{
    private T[] _items;
    private int _count;

    public PooledList(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));
        _count = 0;
    }

    public readonly int Count => _count;

    public readonly ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, _count);

    public readonly Span<T> AsWritableSpan() => _items.AsSpan(0, _count);

    public readonly ref T this[int index] => ref _items[index];

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = item;
    }

    public void RemoveLast() => _count--;

    public void Clear() => _count = 0;

    public readonly T[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    private void Grow()
    {
        T[] bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        Array.Copy(_items, bigger, _count);
        ArrayPool<T>.Shared.Return(_items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = bigger;
    }

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            _items = null!;
        }
    }
}
