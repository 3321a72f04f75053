using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsExtract.Learning;

/// <summary>
/// Weights are kept as the bits of half-precision floats (as they are stored in a model file), which halves the
/// memory a lookup touches. Only zero and normal numbers are kept, so widening one is a few integer operations.
/// </summary>
internal static class HalfBits
{
    /// <summary>Rounds a weight to half precision; 0 for a weight too small for a normal half (below 2^-14).</summary>
    public static ushort From(float weight)
    {
        float clamped = Math.Clamp(weight, -(float)Half.MaxValue, (float)Half.MaxValue);
        ushort bits = BitConverter.HalfToUInt16Bits((Half)clamped);
        return (bits & 0x7C00) == 0 ? (ushort)0 : bits;
    }

    /// <summary>Widens the bits of a zero or normal half to the float of the same value, with no branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToFloat(uint bits)
    {
        uint magnitude = bits & 0x7FFF;
        uint nonZero = 0u - ((magnitude + 0x7FFF) >> 15);
        uint widened = ((bits & 0x8000) << 16) | (((magnitude + 0x1C000) << 13) & nonZero);
        return BitConverter.UInt32BitsToSingle(widened);
    }

    /// <summary>Widens the bits of a normal half (never zero) to the float of the same value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float NonZeroToFloat(uint bits) =>
        BitConverter.UInt32BitsToSingle(((bits & 0x8000) << 16) | (((bits & 0x7FFF) + 0x1C000) << 13));

    /// <summary>Widens four halves packed in <paramref name="packed"/> (class 0 in the low bits) to four floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> ToFloats(ulong packed)
    {
        return Widen(Vector128.WidenLower(Vector128.CreateScalar(packed).AsUInt16()));
    }

    /// <summary>Widens eight zero or normal halves to two vectors of four floats (classes 0–3, then 4–7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector128<float> Low, Vector128<float> High) ToFloats(Vector128<ushort> halves)
    {
        (Vector128<uint> low, Vector128<uint> high) = Vector128.Widen(halves);
        return (Widen(low), Widen(high));
    }

    /// <summary>Widens eight zero or normal halves to one vector of eight floats (where 256-bit vectors are fast).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ToFloats256(Vector128<ushort> halves)
    {
        Vector256<uint> bits = Vector256.WidenLower(halves.ToVector256Unsafe());
        Vector256<uint> magnitude = bits & Vector256.Create(0x7FFFu);
        Vector256<uint> widened = Vector256.ShiftLeft(magnitude + Vector256.Create(0x1C000u), 13)
            & ~Vector256.Equals(magnitude, Vector256<uint>.Zero);
        return (Vector256.ShiftLeft(bits & Vector256.Create(0x8000u), 16) | widened).AsSingle();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Widen(Vector128<uint> bits)
    {
        Vector128<uint> magnitude = bits & Vector128.Create(0x7FFFu);
        Vector128<uint> widened = Vector128.ShiftLeft(magnitude + Vector128.Create(0x1C000u), 13)
            & ~Vector128.Equals(magnitude, Vector128<uint>.Zero);
        return (Vector128.ShiftLeft(bits & Vector128.Create(0x8000u), 16) | widened).AsSingle();
    }
}
