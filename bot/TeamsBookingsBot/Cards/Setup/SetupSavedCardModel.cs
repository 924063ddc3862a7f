using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Cards.Setup;

/// <param name="BecameAdmin">The person who saved became the tenant's first admin by doing so.</param>
public sealed record SetupSavedCardModel(BusinessSettings Settings, string BusinessName, bool IsNewBusiness, bool BecameAdmin);
