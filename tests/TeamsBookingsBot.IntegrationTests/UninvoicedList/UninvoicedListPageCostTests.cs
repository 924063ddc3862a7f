using TeamsBookingsBot.Application;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;
using TeamsBookingsBot.Storage;

namespace TeamsBookingsBot.UninvoicedList;

/// <summary>
/// What a page of the SQL list costs, counted rather than timed (<see cref="StorageWorkCount"/>): the same rows read back
/// for page 1, a page 120 pages in and page 1 of a store a tenth the size, one query more at a position, and no count of
/// the rows before a page.
/// Each is asked of a fresh list, so every one computes its figures too (one aggregate query).
/// </summary>
public abstract class UninvoicedListPageCostTests(StorageDatabase database)
{
    private const int PageSize = 5;
    private static readonly DateTimeOffset Origin = RandomListData.Origin;
    private static readonly DateTimeOffset Now = Origin.AddDays(3);
    private static readonly DateRange Period = new(Origin, Origin.AddDays(2), "two days");

    private protected IDbConnectionFactory Db { get; } = database.Get<IDbConnectionFactory>();

    protected static UninvoicedBookingsCriteria Criteria => new() { Range = Period, PageSize = PageSize };

    /// <summary>The position a "Next" button 120 pages in carries: the row and its place in the list.</summary>
    protected static ListPosition FarIn => new(Origin.AddMinutes(600), "appt-0600", Row: 600);

    [Fact]
    public async Task PageAsync_PageFarIntoABigList_CostsWhatPageOneOfASmallListCosts()
    {
        BookingsBusiness big = await BusinessWithAsync(bookings: 700);
        BookingsBusiness small = await BusinessWithAsync(bookings: 70);
        UninvoicedBookingsCriteria criteria = Criteria;
        ListPosition farIn = FarIn;

        (UninvoicedBookingsResult firstPage, StorageWorkCount.Counter first) = await PageAsync(big, criteria);
        (UninvoicedBookingsResult farPage, StorageWorkCount.Counter far) = await PageAsync(big, criteria with { Position = farIn });
        (UninvoicedBookingsResult backPage, StorageWorkCount.Counter back) = await PageAsync(big, criteria with { Position = farIn with { Before = true } });
        (_, StorageWorkCount.Counter smallFirst) = await PageAsync(small, criteria);

        Assert.Equal((700, 0, 120), (firstPage.Count, firstPage.PageIndex, farPage.PageIndex));
        Assert.Equal(["appt-0600", "appt-0604"], new[] { farPage.Rows[0], farPage.Rows[^1] }.Select(r => r.Booking.AppointmentId));
        Assert.Equal("appt-0595", backPage.Rows[0].Booking.AppointmentId);
        // Page 1 reads its ids, bookings, attendees and ledger rows: about three rows per booking of the page.
        Assert.InRange(first.Rows, PageSize, 4 * (PageSize + 1));
        Assert.Equal((first.Commands, first.Rows), (smallFirst.Commands, smallFirst.Rows));
        // A position asks whether any row comes before it; walking back reads a page of keys backwards instead.
        Assert.Equal((first.Commands + 1, first.Rows), (far.Commands, far.Rows));
        Assert.Equal((first.Commands + 1, first.Rows + PageSize + 1), (back.Commands, back.Rows));
        // Nothing counts the rows before a page: the only count is the figures' aggregate, which every page has.
        Assert.Equal(1, CountQueries(first));
        Assert.Equal((1, 1), (CountQueries(far), CountQueries(back)));
    }

    private static int CountQueries(StorageWorkCount.Counter work) => work.Texts.Count(t => t.Contains("count(", StringComparison.OrdinalIgnoreCase));

    private protected async Task<(UninvoicedBookingsResult, StorageWorkCount.Counter)> PageAsync(BookingsBusiness business, UninvoicedBookingsCriteria criteria)
    {
        // The first list of a business checks once that its stored figures are current; a fresh list starts cold.
        await SqlUninvoicedList.Create(Db, CompletionPolicy.Default, BillingRules.Default).PageAsync(business, criteria with { PageSize = 1 }, Now, default);
        IUninvoicedBookingsList list = SqlUninvoicedList.Create(Db, CompletionPolicy.Default, BillingRules.Default);
        StorageWorkCount.Counter work = StorageWorkCount.Start();
        UninvoicedBookingsResult result = await list.PageAsync(business, criteria, Now, default);
        return (result, work);
    }

    protected async Task<BookingsBusiness> BusinessWithAsync(int bookings)
    {
        var business = new BookingsBusiness($"Salon{Guid.NewGuid():N}@Contoso.com", "Salon", "UTC", "USD");
        Booking[] all = [.. Enumerable.Range(0, bookings).Select(i => new Booking
        {
            BusinessId = business.Id,
            AppointmentId = $"appt-{i:D4}",
            ServiceName = "Haircut",
            Price = 40m,
            PriceType = BookingPriceType.FixedPrice,
            StartUtc = Origin.AddMinutes(i),
            EndUtc = Origin.AddMinutes(i + 30),
            Duration = TimeSpan.FromMinutes(30),
            Customers = [new BookingCustomer($"c-{i % 9}", $"Customer {i % 9}", null, null)],
        })];
        await new BookingSyncStore(Db).SaveAppointmentsAsync(business.Id, all, [], Now, default);
        return business;
    }
}
