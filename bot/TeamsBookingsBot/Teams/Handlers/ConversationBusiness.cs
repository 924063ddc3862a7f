using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// Which business a command without one is about, in the asking tenant: the conversation's linked business, else the
/// tenant's only one. With several and no link, <see cref="Choice.Choices"/> lists them for the picker.
/// </summary>
internal sealed class ConversationBusiness(IBookingsBusinessCatalog catalog, IConversationBusinessLinks links)
{
    /// <param name="BusinessId">The business meant; null when the tenant has none (the list says so) or must pick.</param>
    public sealed record Choice(string? BusinessId, IReadOnlyList<BookingsBusiness> Choices)
    {
        public bool MustPick => BusinessId is null && Choices.Count > 1;
    }

    public async Task<Choice> ChooseAsync(TurnContext turn, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(turn.TenantId))
        {
            return new Choice(null, []);
        }
        IReadOnlyList<BookingsBusiness> businesses = await catalog.ListAsync(turn.TenantId, ct);
        if (businesses.Count <= 1)
        {
            return new Choice(businesses.Count == 1 ? businesses[0].Id : null, businesses);
        }
        string? linked = turn.Activity.Conversation?.Id is { Length: > 0 } conversation
            ? await links.FindAsync(turn.TenantId, conversation, ct)
            : null;
        return new Choice(linked, businesses);
    }
}
