using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Cards.Setup;

/// <param name="BecameAdmin">The person who saved became the tenant's first admin by doing so.</param>
/// <param name="Yesterday">Yesterday in the business's zone, for the next step: invoicing its bookings.</param>
public sealed record SetupSavedCardModel(BusinessSettings Settings, string BusinessName, bool IsNewBusiness, bool BecameAdmin, BookingListQuery Yesterday);
