using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Learning;

/// <summary>The header every model file starts with: what it is, what it was trained on, and under which licence.</summary>
/// <param name="Kind">What the model does ("tagger", "parser", ...); loading a file of another kind is an error.</param>
/// <param name="FeatureSetVersion">The version of the feature extraction the weights were trained with.</param>
/// <param name="TrainingData">The data the model was trained on.</param>
/// <param name="Licence">The licence of the model file.</param>
internal sealed record ModelHeader(string Kind, int FeatureSetVersion, string TrainingData, string Licence);

/// <summary>
/// Reads and writes model files: a magic string, a format version, the <see cref="ModelHeader"/>, a SHA-256 of the
/// payload, then the payload compressed with Brotli (from the base library: no package dependency).
/// </summary>
internal static class ModelFile
{
    public const int FormatVersion = 1;
    private static readonly byte[] s_magic = "NXMODEL\u0001"u8.ToArray();

    public static void Write(Stream output, ModelHeader header, Action<BinaryWriter> writePayload)
    {
        using var raw = new MemoryStream();
        using (var brotli = new BrotliStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        using (var payloadWriter = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(payloadWriter);
        }

        byte[] payload = raw.ToArray();
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(s_magic);
        writer.Write(FormatVersion);
        writer.Write(header.Kind);
        writer.Write(header.FeatureSetVersion);
        writer.Write(header.TrainingData);
        writer.Write(header.Licence);
        writer.Write(SHA256.HashData(payload));
        writer.Write(payload.Length);
        writer.Write(payload);
    }

    /// <summary>Checks the header and the checksum, then returns a reader over the decompressed payload.</summary>
    /// <exception cref="InvalidDataException">The file is not a model, is of another kind or version, or is corrupt.</exception>
    public static BinaryReader Open(Stream input, string name, string kind, int featureSetVersion, out ModelHeader header)
    {
        using var reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
        try
        {
            byte[] magic = reader.ReadBytes(s_magic.Length);
            if (!magic.AsSpan().SequenceEqual(s_magic))
            {
                throw new InvalidDataException(Errors.ModelNotAModel(name));
            }

            int format = reader.ReadInt32();
            if (format != FormatVersion)
            {
                throw new InvalidDataException(Errors.ModelVersion(name, "format", format, FormatVersion));
            }

            header = new ModelHeader(reader.ReadString(), reader.ReadInt32(), reader.ReadString(), reader.ReadString());
            if (header.Kind != kind)
            {
                throw new InvalidDataException(Errors.ModelKind(name, header.Kind, kind));
            }

            if (header.FeatureSetVersion != featureSetVersion)
            {
                throw new InvalidDataException(Errors.ModelVersion(name, "feature set", header.FeatureSetVersion, featureSetVersion));
            }

            byte[] checksum = reader.ReadBytes(32);
            int length = reader.ReadInt32();
            byte[] payload = reader.ReadBytes(length);
            if (payload.Length != length || !SHA256.HashData(payload).AsSpan().SequenceEqual(checksum))
            {
                throw new InvalidDataException(Errors.ModelCorrupt(name));
            }

            // Decompressed in one go: the weight tables are then parsed from the buffer (LinearModel.Read), which is
            // several times faster than reading value by value through the decompressing stream.
            var raw = new MemoryStream(payload.Length * 2);
            using (var brotli = new BrotliStream(new MemoryStream(payload, writable: false), CompressionMode.Decompress))
            {
                brotli.CopyTo(raw, 1 << 16);
            }

            raw.Position = 0;
            return new BinaryReader(raw, Encoding.UTF8, leaveOpen: false);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException(Errors.ModelCorrupt(name));
        }
    }
}
