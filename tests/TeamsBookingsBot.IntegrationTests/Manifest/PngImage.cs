using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TeamsBookingsBot.Manifest;

/// <summary>
/// Just enough of a PNG reader for our own icons: header plus the inflated scanlines. Reading pixels needs
/// filter 0 rows, which is all manifest/icons-src/generate-icons.mjs writes.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte BitDepth, byte ColorType, byte[] Scanlines)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public int Channels => ColorType switch
    {
        2 => 3,
        6 => 4,
        _ => throw new InvalidOperationException($"PNG colour type {ColorType} is not one our icons use."),
    };

    public static PngImage Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG.");
        }
        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (int at = Signature.Length; at < bytes.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            string type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            ReadOnlySpan<byte> data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                bitDepth = data[8];
                colorType = data[9];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        using var scanlines = new MemoryStream();
        inflater.CopyTo(scanlines);
        return new PngImage(width, height, bitDepth, colorType, scanlines.ToArray());
    }

    public byte[] Pixel(int x, int y)
    {
        int row = y * (1 + Width * Channels);
        if (Scanlines[row] != 0)
        {
            throw new InvalidOperationException($"Row {y} uses PNG filter {Scanlines[row]}; only unfiltered rows are read.");
        }
        return Scanlines.AsSpan(row + 1 + x * Channels, Channels).ToArray();
    }
}
