using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// The BC <c>externalDocumentNumber</c> (Text[35]) of a planned draft: "TBB-" + 24 base32 characters
/// (RFC 4648 alphabet, no padding) of the first 120 bits of SHA-256 over
/// "runKey\nbusinessId (lower case)\ncustomer", where customer is "C:" + the BC customer number (upper
/// case) or "T:" + the Bookings customer key for a customer still to be created. Deterministic, so a
/// retried run can find the draft its lost response created; 28 characters, so it fits with room.
/// </summary>
public static class ExternalDocumentNumber
{
    public const string Prefix = "TBB-";
    public const int MaxLength = 35;
    public const int Length = 28;

    private const int HashBytes = 15;
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static readonly SearchValues<char> Base32Chars = SearchValues.Create(Base32Alphabet);

    public static string ForCustomer(string runKey, string businessId, string customerNumber) =>
        Create(runKey, businessId, "C:" + customerNumber.Trim().ToUpperInvariant());

    public static string ForNewCustomer(string runKey, string businessId, string bookingsCustomerKey) =>
        Create(runKey, businessId, "T:" + bookingsCustomerKey);

    /// <summary>True for numbers this bot makes; reconciliation ignores drafts typed by people.</summary>
    public static bool IsOurs(string? externalDocumentNumber) =>
        externalDocumentNumber is { Length: Length } number
        && number.StartsWith(Prefix, StringComparison.Ordinal)
        && number.AsSpan(Prefix.Length).IndexOfAnyExcept(Base32Chars) < 0;

    private static string Create(string runKey, string businessId, string customer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(businessId);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{runKey}\n{businessId.Trim().ToLowerInvariant()}\n{customer}"));
        return Prefix + Base32(hash.AsSpan(0, HashBytes));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        foreach (byte b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text.Append(Base32Alphabet[(buffer >> bits) & 31]);
            }
        }
        if (bits > 0)
        {
            text.Append(Base32Alphabet[(buffer << (5 - bits)) & 31]);
        }
        return text.ToString();
    }
}
