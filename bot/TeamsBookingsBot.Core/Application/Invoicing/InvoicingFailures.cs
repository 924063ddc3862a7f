using TeamsBookingsBot.Domain.BusinessCentral;

namespace TeamsBookingsBot.Application.Invoicing;

/// <summary>What a bookkeeper can do about a draft Business Central refused, by BC's error code.</summary>
internal static class InvoicingFailures
{
    public static string WhatToDo(BusinessCentralException ex) => ex switch
    {
        { IsTransient: true } => "Business Central is busy or unreachable; invoice these bookings again in a few minutes.",
        { Code: "Internal_RecordNotFound" } => "Check that the customer and the items exist in Business Central (or fix the item for the service), then invoice again.",
        { Code: "Application_DialogException" } => "Fix this in Business Central (for example unblock the customer or the item), then invoice again.",
        { Code: "Client_TemplateNotFound" } => "Set Invoicing:CustomerTemplate to an existing customer number, or pick an existing customer.",
        _ => "Fix the problem Business Central names, then invoice these bookings again.",
    };
}
