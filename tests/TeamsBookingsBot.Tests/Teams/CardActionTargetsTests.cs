using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Teams.Handlers;

namespace TeamsBookingsBot.Teams;

/// <summary>Every verb whose data carries ids is checked by the guard; a new one must be added to CardActionTargets.</summary>
public sealed class CardActionTargetsTests
{
    private static readonly BookingListQuery Query = new("salon@contoso.com", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), "yesterday")
    {
        ListId = Guid.NewGuid(),
    };

    private static readonly CardActionData[] Samples =
    [
        new HelpActionData(),
        new ShowUninvoicedActionData(BookingRange.Yesterday),
        new SyncNowActionData(),
        new SyncStatusActionData(),
        new InvoicePreviewActionData(["a1"], Guid.NewGuid()),
        new InvoiceCreateActionData(["a1"], Guid.NewGuid()),
        new ShowPageActionData(Query),
        new InvoiceAllActionData(Query, Guid.NewGuid()),
        new MarkInvoicedActionData(["a1"], Query),
        new ExcludeActionData(["a1"], Query),
        new UndoInvoiceActionData(Guid.NewGuid(), Guid.NewGuid()),
        new SetupShowActionData(),
        new SetupAddActionData(),
        new SetupEditActionData("salon@contoso.com", KeepInputs: true),
        new SetupSaveActionData("salon@contoso.com", 2),
        new SetupTestActionData("salon@contoso.com"),
        new PeopleActionData(),
        new ChangeRoleActionData("aad-megan", Application.Roles.TenantRole.Admin) { MemberId = "29:megan" },
        new PickBusinessActionData(Query with { ListId = null }, Link: true),
    ];

    [Fact]
    public void Of_EveryVerb_NamesWhatItsDataPointsAtUnlessItCarriesNoIds()
    {
        // Setup buttons name a business only: the setup looks it up inside the activity's tenant, never through a stored card.
        // The people card's buttons are checked by the role check and resolved through the Connector, not against stored cards.
        string[] idless = [CardVerbs.Help, CardVerbs.ShowUninvoiced, CardVerbs.SyncNow, CardVerbs.SyncStatus,
            CardVerbs.SetupShow, CardVerbs.SetupAdd, CardVerbs.SetupEdit, CardVerbs.SetupSave, CardVerbs.SetupTest, CardVerbs.People, CardVerbs.ChangeRole];

        Assert.Equal(CardVerbs.All.Order(StringComparer.Ordinal), Samples.Select(s => s.Verb).Order(StringComparer.Ordinal));
        Assert.All(Samples, data => Assert.Equal(idless.Contains(data.Verb), CardActionTargets.Of(data).TouchesNothing));
        // The picker names a business and nothing stored: the guard checks the business is the tenant's.
        Assert.All(Samples.Where(d => !idless.Contains(d.Verb) && d.Verb != CardVerbs.PickBusiness), data => Assert.NotNull(CardActionTargets.Of(data).MadeFrom));
        Assert.Equal((true, "salon@contoso.com"), Samples.OfType<PickBusinessActionData>().Select(d => CardActionTargets.Of(d)).Select(t => (t.BusinessOnly, t.BusinessId)).Single());
    }
}
