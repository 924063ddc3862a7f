namespace TeamsBookingsBot.Application.Chat;

/// <summary>
/// One word of a message: <see cref="Raw"/> as typed (for names), <see cref="Normalized"/> lower-cased
/// without possessives, <see cref="Word"/> the canonical vocabulary word it stands for (typos forgiven).
/// A quoted token is always a value, never a keyword.
/// </summary>
internal sealed record ChatToken(string Raw, string Normalized, string Word, bool Quoted)
{
    public bool IsEmail => Normalized.Contains('@', StringComparison.Ordinal);
}
