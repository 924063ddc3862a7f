using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>A draft Business Central did not create; its bookings stay uninvoiced. Sentences are for the card.</summary>
public sealed record FailedInvoice(DraftInvoice Draft, string Reason, string WhatToDo);
