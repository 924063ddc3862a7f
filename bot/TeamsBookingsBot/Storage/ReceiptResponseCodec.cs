using System.IO.Compression;
using System.Text;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// How a replayable invoke response is stored: UTF-8 JSON, Brotli-compressed. A list or preview card is up to 28 KB of
/// repetitive JSON; compressed it is a few KB, so the receipt's completing write touches one or two pages instead of
/// eight, and the table and its WAL stay small. A short answer (a message or an error, about 100 bytes) would only grow,
/// so it is kept as text.
/// </summary>
internal static class ReceiptResponseCodec
{
    /// <returns>Exactly one of the two set: the compressed bytes (<c>response_brotli</c>) or the text (<c>response_body</c>).</returns>
    public static (byte[]? Compressed, string? Text) Encode(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(utf8);
        }
        return compressed.Length < utf8.Length ? (compressed.ToArray(), null) : (null, json);
    }

    public static string Decode(byte[] stored)
    {
        using var brotli = new BrotliStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
