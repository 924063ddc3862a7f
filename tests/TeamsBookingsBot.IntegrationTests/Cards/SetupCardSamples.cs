using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Cards.Setup;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Cards;

/// <summary>Every setup card in every state, with <paramref name="text"/> wherever Bookings, BC or the admin's typing shows.</summary>
internal static class SetupCardSamples
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> Build(string text)
    {
        var settings = new BusinessSettings
        {
            TenantId = "tenant",
            BusinessId = "salon@contoso.com",
            DisplayName = text,
            TimeZoneId = text,
            CustomerTemplate = text,
            BusinessCentral = new BcCompanyRef("Production", null, text),
            NoShowFee = new NoShowFee(text, NoShowFeeKind.PercentageOfPrice, 50m),
            FromConfiguration = new HashSet<BusinessSettingField> { BusinessSettingField.SyncInterval, BusinessSettingField.TimeZone },
            Version = 2,
        };
        BcCompany[] companies = [new(Guid.NewGuid(), text, text), new(Guid.NewGuid(), "CRONUS", "CRONUS USA, Inc.")];
        var errors = new Dictionary<BusinessSettingField, string>
        {
            [BusinessSettingField.TimeZone] = $"{text} is not a time zone.",
            [BusinessSettingField.CustomerTemplate] = $"There is no customer {text} in this company.",
        };
        yield return ("setup form", SetupEditCard.Build(new SetupEditCardModel(settings, text, companies, null, errors, $"Someone saved {text}.")));
        yield return ("setup form, new, companies not listed", SetupEditCard.Build(new SetupEditCardModel(
            settings with { Version = 0 }, text, null, $"Business Central said {text}.", new Dictionary<BusinessSettingField, string>())));
        yield return ("setup pick", SetupPickCard.Build(new SetupPickCardModel(
            [new BookingsBusinessListing("salon@contoso.com", text, text, text, "EUR"), new BookingsBusinessListing("spa@contoso.com", "Spa", null, null, null)],
            $"Graph said {text}.", $"{text} is not a mailbox address.")));
        yield return ("setup pick, nothing listed", SetupPickCard.Build(new SetupPickCardModel([], null, $"{text} is not a mailbox address.")));
        yield return ("setup overview", SetupOverviewCard.Build(new SetupOverviewCardModel([(settings, text), (settings with { BusinessCentral = null, UpdatedBy = "x" }, text)], text,
            [new BookingsBusinessListing("spa@contoso.com", text, null, null, null)])));
        yield return ("setup overview, empty", SetupOverviewCard.Build(new SetupOverviewCardModel([], $"Removed {text}.")));
        yield return ("setup saved", SetupSavedCard.Build(new SetupSavedCardModel(settings, text, IsNewBusiness: true, BecameAdmin: true,
            new BookingListQuery(settings.BusinessId, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), "yesterday"))));
        yield return ("connection test", ConnectionReportCard.Build(new ConnectionReportCardModel(text, "salon@contoso.com", new ConnectionReport(
        [
            new ConnectionCheckStep(ConnectionCheckArea.Bookings, $"Read {text}", true, $"Found {text}."),
            new ConnectionCheckStep(ConnectionCheckArea.BusinessCentral, "Find the company", false, $"The environment has no company {text}."),
        ]))));
    }
}
