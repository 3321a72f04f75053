using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsExtract.Tests.Support;

/// <summary>A minimal PNG reader for screenshots: 8-bit RGB or RGBA, not interlaced (what Chromium writes).</summary>
public sealed class Png
{
    private readonly byte[] _pixels;
    private readonly int _channels;

    private Png(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Counts the pixels of exactly this colour.</summary>
    public int Count(int rgb)
    {
        byte r = (byte)(rgb >> 16), g = (byte)(rgb >> 8), b = (byte)rgb;
        int count = 0;
        for (int i = 0; i < _pixels.Length; i += _channels)
        {
            if (_pixels[i] == r && _pixels[i + 1] == g && _pixels[i + 2] == b)
            {
                count++;
            }
        }

        return count;
    }

    public static Png Read(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        data.AsSpan(0, 8).ToArray().Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, "a PNG signature");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int pos = 8; pos + 8 <= data.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            string kind = System.Text.Encoding.ASCII.GetString(data, pos + 4, 4);
            ReadOnlySpan<byte> body = data.AsSpan(pos + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                (body[8], body[12]).Should().Be(((byte)8, (byte)0), "8 bits per channel, not interlaced");
                channels = body[9] switch
                {
                    2 => 3,
                    6 => 4,
                    _ => throw new NotSupportedException($"PNG colour type {body[9]}"),
                };
            }
            else if (kind == "IDAT")
            {
                idat.Write(body);
            }
            else if (kind == "IEND")
            {
                break;
            }

            pos += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        byte[] raw = inflated.ToArray();
        int stride = width * channels;
        raw.Length.Should().Be(height * (stride + 1));
        byte[] pixels = new byte[height * stride];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            Span<byte> line = pixels.AsSpan(y * stride, stride);
            raw.AsSpan(y * (stride + 1) + 1, stride).CopyTo(line);
            ReadOnlySpan<byte> up = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (int i = 0; i < stride; i++)
            {
                int a = i >= channels ? line[i - channels] : 0;
                int b = up[i];
                int c = i >= channels ? up[i - channels] : 0;
                line[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)a,
                    2 => (byte)b,
                    3 => (byte)((a + b) / 2),
                    4 => (byte)Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                };
            }
        }

        return new Png(width, height, channels, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
