using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// What failed and what to do, in the user's terms. Only curated sentences go here, never exception text:
/// the constructor rejects multi-line or long text so a stack trace cannot slip onto a card.
/// </summary>
/// <param name="Problem">What failed, e.g. "I couldn't reach Business Central."</param>
/// <param name="NextStep">What the user can do about it.</param>
/// <param name="ReferenceId">The turn's correlation id, for the admin to find the logs.</param>
/// <param name="Retry">A button that repeats the action, or null.</param>
public sealed record ErrorCardModel
{
    public const int MaxTextLength = 300;

    public ErrorCardModel(string problem, string nextStep, string referenceId, CardActionData? retry = null)
    {
        Problem = Sentence(problem, nameof(problem));
        NextStep = Sentence(nextStep, nameof(nextStep));
        ReferenceId = Reference(referenceId);
        Retry = retry;
    }

    public string Problem { get; }

    public string NextStep { get; }

    public string ReferenceId { get; }

    public CardActionData? Retry { get; }

    public static ErrorCardModel OutOfDateCard(string referenceId) => new(
        "This card is out of date.",
        "Type \"show uninvoiced bookings\" to get a fresh list.",
        referenceId);

    public static ErrorCardModel NotFromThisChat(string referenceId) => new(
        "This card is from another chat, so I can't use it here.",
        "Type \"show uninvoiced bookings\" in this chat to get a list of your own.",
        referenceId);

    public static ErrorCardModel Unexpected(string referenceId) => new(
        "Something went wrong on my side.",
        "Please try again in a minute. If it keeps happening, send your admin the reference below.",
        referenceId);

    private static string Sentence(string text, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, name);
        if (text.Length > MaxTextLength || text.Contains('\n') || text.Contains('\r'))
        {
            throw new ArgumentException($"Error card text must be one short sentence (at most {MaxTextLength} characters, one line).", name);
        }
        return text;
    }

    private static string Reference(string referenceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceId);
        if (referenceId.Length > 64 || !referenceId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            throw new ArgumentException("The reference id must be a short token such as a trace id.", nameof(referenceId));
        }
        return referenceId;
    }
}
