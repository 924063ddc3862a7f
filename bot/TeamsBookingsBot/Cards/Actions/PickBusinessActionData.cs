namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// A business picked on the business picker: lists <paramref name="Query"/> (which names the business) and, with
/// <paramref name="Link"/>, first links the conversation to that business ("this chat is about …"). The query names no
/// stored list (none was made yet): the handler checks the business is one of the asking tenant's.
/// </summary>
public sealed record PickBusinessActionData(BookingListQuery Query, bool ReadyToInvoice = false, bool Link = false)
    : CardActionData(CardVerbs.PickBusiness)
{
    protected internal override bool IsValid() => Query.IsValid() && Query.ListId is null;
}
