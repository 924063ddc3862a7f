using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Cards.Setup;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Roles;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>
/// The setup cards of one tenant. The tenant always comes from the authenticated activity; a business id from card
/// data is only ever looked up inside that tenant, and a save of a mailbox another tenant set up is refused by the store.
/// </summary>
internal sealed class SetupResponder(
    IBusinessSettingsStore settings,
    IBookingsBusinessDirectory bookingsDirectory,
    IBusinessCentralCompanyDirectory companyDirectory,
    IConnectionCheck connectionCheck,
    BusinessSetup setup,
    FirstAdminPolicy firstAdmin,
    TimeProvider time)
{
    public static readonly TimeSpan ConnectionCheckDeadline = TimeSpan.FromSeconds(10);

    public async Task<RenderedCard> OverviewAsync(string tenantId, string? notice, CancellationToken ct)
    {
        IReadOnlyList<BusinessSettings> businesses = await settings.ListAsync(tenantId, ct);
        HashSet<string> connected = businesses.Select(b => b.BusinessId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Graph failing here only hides the shortcuts: "Add a Bookings business" says what failed.
        (IReadOnlyList<BookingsBusinessListing> listed, _) = await ListBookingsAsync(tenantId, ct);
        return SetupOverviewCard.Build(new SetupOverviewCardModel(
            [.. businesses.Select(b => (b, NameOf(b)))], notice, [.. listed.Where(b => !connected.Contains(b.Id))]));
    }

    public async Task<RenderedCard> PickAsync(string tenantId, string? problem, CancellationToken ct)
    {
        HashSet<string> connected = (await settings.ListAsync(tenantId, ct)).Select(b => b.BusinessId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        (IReadOnlyList<BookingsBusinessListing> listed, string? listingProblem) = await ListBookingsAsync(tenantId, ct);
        return SetupPickCard.Build(new SetupPickCardModel([.. listed.Where(b => !connected.Contains(b.Id))], listingProblem, problem));
    }

    /// <summary>The form for <paramref name="businessId"/>: as stored, or as typed when <paramref name="typed"/> is given.</summary>
    public async Task<RenderedCard> EditAsync(string tenantId, string businessId, IReadOnlyDictionary<string, string>? typed, CancellationToken ct)
    {
        BusinessSettings current = await CurrentAsync(tenantId, businessId, ct);
        IReadOnlyDictionary<BusinessSettingField, string> errors = new Dictionary<BusinessSettingField, string>();
        if (typed is not null)
        {
            (current, errors) = SetupFormReader.Read(current, typed);
        }
        return await FormAsync(current, errors, notice: null, ct);
    }

    public async Task<RenderedCard> SaveAsync(string tenantId, SetupSaveActionData data, IReadOnlyDictionary<string, string> typed, InvoicingActor actor, CancellationToken ct)
    {
        BusinessSettings current = await CurrentAsync(tenantId, data.BusinessId, ct);
        // The version the form was made from, not the stored one: a save over someone else's newer save is a conflict.
        (BusinessSettings proposed, IReadOnlyDictionary<BusinessSettingField, string> unreadable) =
            SetupFormReader.Read(current with { Version = data.SettingsVersion }, typed);
        if (unreadable.Count > 0)
        {
            return await FormAsync(proposed, unreadable, notice: null, ct);
        }
        switch (await setup.SaveAsync(proposed, actor, ct))
        {
            case BusinessSetupSaveResult.Saved saved:
                bool becameAdmin = await firstAdmin.OnSetupSavedAsync(tenantId, actor.AadObjectId, actor.DisplayName, ct);
                return SetupSavedCard.Build(new SetupSavedCardModel(saved.Settings, NameOf(saved.Settings), saved.IsNewBusiness, becameAdmin, Yesterday(saved.Settings)));
            case BusinessSetupSaveResult.Invalid invalid:
                return await FormAsync(proposed, invalid.Errors, notice: null, ct);
            case BusinessSetupSaveResult.Conflict conflict:
                return await FormAsync(conflict.Current ?? current, new Dictionary<BusinessSettingField, string>(),
                    "Someone saved this business's setup while you were editing it. Nothing of yours was saved: here is the setup now.", ct);
            default:
                return await FormAsync(proposed, new Dictionary<BusinessSettingField, string>(),
                    "This Bookings business is connected in another organization's Teams. Nothing was saved: " +
                    "a business can be set up in one organization only.", ct);
        }
    }

    public async Task<RenderedCard> TestAsync(string tenantId, string businessId, IReadOnlyDictionary<string, string> typed, CancellationToken ct)
    {
        (BusinessSettings proposed, _) = SetupFormReader.Read(await CurrentAsync(tenantId, businessId, ct), typed);
        return ConnectionReportCard.Build(new ConnectionReportCardModel(NameOf(proposed), proposed.BusinessId, await CheckWithinAsync(proposed, ct)));
    }

    // Graph and BC retry throttled calls for up to minutes; the person waits on the card, so the check has a deadline.
    private async Task<ConnectionReport> CheckWithinAsync(BusinessSettings proposed, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(ConnectionCheckDeadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            return await connectionCheck.CheckAsync(proposed, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return new ConnectionReport([new ConnectionCheckStep(ConnectionCheckArea.Bookings, "Finish the check", false,
                $"Microsoft Graph or Business Central did not answer within {ConnectionCheckDeadline.TotalSeconds:0} seconds: " +
                "one of them is slow or unreachable right now. Try again in a few minutes.")]);
        }
    }

    private async Task<BusinessSettings> CurrentAsync(string tenantId, string businessId, CancellationToken ct)
    {
        if (await settings.FindAsync(tenantId, businessId, ct) is { } stored)
        {
            return stored;
        }
        // A new business starts from what Bookings says of it (name, zone and currency where Graph has them).
        (IReadOnlyList<BookingsBusinessListing> listed, _) = await ListBookingsAsync(tenantId, ct);
        BookingsBusinessListing? known = listed.FirstOrDefault(b => string.Equals(b.Id, businessId, StringComparison.OrdinalIgnoreCase));
        // Its Business Central environment is the one the tenant's other businesses use, else BC's default one.
        string environment = (await settings.ListAsync(tenantId, ct)).Select(b => b.BusinessCentral?.Environment).FirstOrDefault(e => e is { Length: > 0 }) ?? "Production";
        var fresh = new BusinessSettings
        {
            TenantId = tenantId,
            BusinessId = known?.Id ?? businessId.Trim(),
            DisplayName = known?.DisplayName,
            BusinessCentral = new BcCompanyRef(environment, null, null),
        };
        return fresh with
        {
            TimeZoneId = known?.TimeZoneId ?? fresh.TimeZoneId,
            CurrencyCode = known?.CurrencyCode ?? fresh.CurrencyCode,
        };
    }

    private async Task<RenderedCard> FormAsync(
        BusinessSettings shown, IReadOnlyDictionary<BusinessSettingField, string> errors, string? notice, CancellationToken ct)
    {
        string environment = shown.BusinessCentral?.Environment is { Length: > 0 } named ? named : "Production";
        IReadOnlyList<BcCompany>? companies = null;
        string? problem = null;
        try
        {
            companies = await companyDirectory.ListAsync(shown.TenantId, environment, ct);
        }
        catch (BusinessCentralException e)
        {
            problem = $"I could not list the companies of the environment {environment}: {e.Message} Type the company's name instead, or use Test connection.";
        }
        return SetupEditCard.Build(new SetupEditCardModel(shown, NameOf(shown), companies, problem, errors, notice));
    }

    private async Task<(IReadOnlyList<BookingsBusinessListing>, string?)> ListBookingsAsync(string tenantId, CancellationToken ct)
    {
        try
        {
            return (await bookingsDirectory.ListAsync(tenantId, ct), null);
        }
        catch (BookingsSourceException e)
        {
            return ([], $"Microsoft Bookings did not list its businesses: {e.Message}");
        }
    }

    private BookingListQuery Yesterday(BusinessSettings s)
    {
        DateRange range = BookingRangeResolver.Resolve(BookingRange.Yesterday, time.GetUtcNow(), TimeZoneResolver.ResolveFirst(s.TimeZoneId));
        return new BookingListQuery(s.BusinessId, range.FromUtc, range.ToUtc, range.Label);
    }

    private static string NameOf(BusinessSettings s) => string.IsNullOrWhiteSpace(s.DisplayName) ? s.BusinessId : s.DisplayName;
}
