using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using static TeamsBookingsBot.Invoicing.PlannerTestData;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Drafts come in the order a bookkeeper looks for them: by customer name, then number. Preview, run and result share it.</summary>
public sealed class InvoicePlannerDraftOrderTests
{
    private static BookingCustomer Person(string id, string name) => new(id, name, id + "@example.com", null);

    private static BcCustomerRef InBc(int index, string number, string name) =>
        new(new Guid($"33333333-0000-0000-0000-{index:000000000000}"), number, name, null, "", false);

    [Fact]
    public void Plan_CustomersInAnyNumberOrder_DraftsByNameAccentsAndCaseReadAsAPersonWould()
    {
        (BookingCustomer Person, BcCustomerRef Bc)[] customers =
        [
            (Person("c-zoe", "zoe Quinn"), InBc(1, "10000", "zoe Quinn")),
            (Person("c-emile", "Émile Durand"), InBc(2, "20000", "Émile Durand")),
            (Person("c-frank", "Frank Ross"), InBc(3, "30000", "Frank Ross")),
            (Person("c-eli", "Eli Park"), InBc(4, "40000", "Eli Park")),
            (Person("c-coho1", "Coho Winery"), InBc(5, "C10000", "Coho Winery")),
            (Person("c-coho2", "Coho Winery"), InBc(6, "C9000", "Coho Winery")),
        ];
        Dictionary<string, CustomerResolution> resolved = customers.ToDictionary(
            c => InvoiceLedgerKey.CustomerKeyOf(c.Person), c => (CustomerResolution)new CustomerResolution.Resolved(c.Bc));
        BookingCustomer newcomer = Person("c-new", "Dana White");
        resolved[InvoiceLedgerKey.CustomerKeyOf(newcomer)] = new CustomerResolution.WillCreateFromTemplate("90000");

        InvoicePlan plan = Plan([.. customers.Select(c => Haircut("appt-" + c.Person.CustomerId, c.Person)), Haircut("appt-new", newcomer)], resolved);

        Assert.Equal(
            ["Coho Winery C9000", "Coho Winery C10000", "Dana White (new)", "Eli Park 40000", "Émile Durand 20000", "Frank Ross 30000", "zoe Quinn 10000"],
            plan.Drafts.Select(d => d.Customer switch
            {
                InvoiceCustomer.Existing e => $"{e.Customer.DisplayName} {e.Customer.Number}",
                InvoiceCustomer.FromTemplate t => $"{t.Source.Name} (new)",
                _ => "?",
            }));
    }

    [Fact]
    public void Plan_SameBookingsInAnotherOrder_SameDraftOrder()
    {
        Booking[] bookings = [Haircut("appt-cat", Cat), Haircut("appt-ann", Ann), Haircut("appt-bob", Bob)];

        InvoicePlan once = Plan(bookings);
        InvoicePlan again = Plan([.. bookings.Reverse()]);

        Assert.Equal(once.Drafts.Select(d => d.ExternalDocumentNumber), again.Drafts.Select(d => d.ExternalDocumentNumber));
        Assert.Equal(["Ann Lee", "Bob Roe", "Cat Poe"], once.Drafts.Select(d => ((InvoiceCustomer.Existing)d.Customer).Customer.DisplayName));
    }
}
