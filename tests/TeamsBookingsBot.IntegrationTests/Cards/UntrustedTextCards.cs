using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Cards.Invoicing;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.InvoicingChat;
using TeamsBookingsBot.Testing.Fakes;

namespace TeamsBookingsBot.Cards;

/// <summary>
/// Every card that shows text from Bookings, Business Central or the user, built with one piece of hostile text in
/// every such place: customer, email, service, business and staff names, BC's messages, sync errors, what was typed.
/// </summary>
internal static class UntrustedTextCards
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> Build(string text)
    {
        BookingsBusiness business = ListingTestData.Contoso with { DisplayName = text };
        Booking booking = ListingTestData.Booking("appt-1", customerName: text, email: text, service: text);
        UninvoicedBookingsResult listed = ListingTestData.Run([booking], directory: new BookingsDirectory([business]));
        var filter = new BookingFilter(text, text, text);
        yield return ("list", UninvoicedBookingsCard.Build(new UninvoicedBookingsCardModel(
            business, listed, ListingTestData.Yesterday, filter, ListingTestData.Now, ListingTestData.LastSync, Guid.NewGuid(), false)));
        yield return ("list, empty", UninvoicedBookingsCard.Build(new UninvoicedBookingsCardModel(
            business, ListingTestData.Run([]), ListingTestData.Yesterday, filter, ListingTestData.Now, ListingTestData.LastSync, Guid.NewGuid(), false)));

        InvoicePreview preview = Preview(text);
        yield return ("preview", InvoicePreviewCard.Build(new InvoicePreviewCardModel(
            preview, InvoiceSamples.Zone, ["appt-1"], InvoicePlanAdjustments.None, InvoiceSamples.Query)));
        InvoiceRunResult result = InvoiceSamples.Result(preview, failed: 1);
        result = result with { Failed = [.. result.Failed.Select(f => f with { Reason = $"Business Central said: {text}" })] };
        yield return ("result", InvoiceResultCard.Build(new InvoiceResultCardModel(result, InvoiceSamples.Zone, InvoiceSamples.Query)));

        yield return ("error", ErrorCard.Build(new ErrorCardModel($"I couldn't invoice {text}.", "Try again in a minute.", "ref-1")));
        yield return ("sync status", SyncStatusCard.Build(new SyncStatusCardModel(
            [new BusinessSyncState(business, InMemoryBookingSync.Failed(business.Id, ListingTestData.Now.AddMinutes(-3), $"Graph refused {text}."), null)],
            ListingTestData.Now)));
        yield return ("not synced yet", BookingsNotReadyCard.Build(new UninvoicedBookingsListing.NotSyncedYet(business, true, $"Graph refused {text}.")));
        yield return ("help, not understood", HelpCard.Build(HelpCardModel.NotUnderstood(text, [text])));
        yield return ("welcome", WelcomeCard.Build(new WelcomeCardModel(text, UsesSandboxData: true)));
        yield return ("role refusal", RoleRefusalCard.Build(new RoleRefusalCardModel("Only invoicers can export the audit log.", "Ask an admin:", [text, text], 1)));
        yield return ("people", PeopleCard.Build(new PeopleCardModel(
            [
                new PeopleCardRow("aad-1", "29:one", text, Application.Roles.TenantRole.Admin, FromConfiguration: false),
                new PeopleCardRow("aad-2", null, text, Application.Roles.TenantRole.Invoicer, FromConfiguration: false),
                new PeopleCardRow("aad-3", "29:three", text, Application.Roles.TenantRole.Member, FromConfiguration: false),
            ],
            $"{text} is now an invoicer.")));
        foreach ((string name, AdaptiveCard card) in SetupCardSamples.Build(text))
        {
            yield return (name, card);
        }
    }

    private static InvoicePreview Preview(string text)
    {
        DraftInvoice existing = InvoiceSamples.Draft(1, 1, customerName: text);
        existing = existing with { Lines = [existing.Lines[0] with { Description = text }] };
        DraftInvoice created = InvoiceSamples.Draft(2, 1) with
        {
            Customer = new InvoiceCustomer.FromTemplate("90000", new BookingCustomer("c-new", text, "new@example.com", null)),
        };
        Booking needsPrice = InvoiceSamples.Booking("appt-2", 14, service: text, customer: text, priceType: BookingPriceType.PriceVaries);
        PlanProblem problem = new(needsPrice, PlanProblemKind.PriceNeeded, $"The price of {text} varies.", "Enter the amount to bill.")
        {
            Customer = needsPrice.Customers[0],
        };
        SkippedBooking skipped = new(InvoiceSamples.Booking("appt-3", 11, service: text, customer: text), SkipReason.FreeService, "Free service.");
        return new InvoicePreview(Guid.NewGuid(), InvoiceSamples.Salon with { DisplayName = text },
            new InvoicePlan("run-key", [existing, created], [skipped], [problem]));
    }
}
