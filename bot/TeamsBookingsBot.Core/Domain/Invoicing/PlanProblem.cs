namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>
/// A booking the plan could not bill until the user acts. <see cref="Message"/> says what is wrong and
/// <see cref="WhatToDo"/> how to fix it, in plain words for the card. <see cref="LedgerKeys"/> are the
/// attendees held back; candidates and suggestions feed the card's pickers.
/// </summary>
public sealed record PlanProblem(Booking Booking, PlanProblemKind Kind, string Message, string WhatToDo)
{
    public BookingCustomer? Customer { get; init; }

    public IReadOnlyList<InvoiceLedgerKey> LedgerKeys { get; init; } = [];

    public IReadOnlyList<BcCustomerRef> CustomerCandidates { get; init; } = [];

    public IReadOnlyList<BcItemRef> ItemSuggestions { get; init; } = [];

    /// <summary>For <see cref="PlanProblemKind.UnusualAmount"/>: the amount per attendee the user is asked to confirm.</summary>
    public decimal? UnusualAmount { get; init; }
}
