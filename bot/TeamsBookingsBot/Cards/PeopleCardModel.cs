namespace TeamsBookingsBot.Cards;

/// <summary>
/// The people card: the tenant's admins and invoicers, then the members of this conversation.
/// <paramref name="Notice"/> is what the last press did (the bot's sentence, with a name as typed), or null.
/// <paramref name="MoreMembersUnread"/>: the conversation has more members than the bot reads for one card.
/// <paramref name="MembersUnavailable"/> is set when Teams did not give the conversation's members.
/// </summary>
public sealed record PeopleCardModel(IReadOnlyList<PeopleCardRow> Rows, string? Notice, bool MoreMembersUnread = false, bool MembersUnavailable = false);
