using TeamsBookingsBot.Cards.Actions;

namespace TeamsBookingsBot.Teams.Handlers;

/// <summary>
/// What a button's data points at, for <see cref="CardActionGuard"/>: the stored run or list the card was made from,
/// and the business, appointments and drafts the press would touch. Every verb whose data carries ids is listed here;
/// the others (help, sync, "show yesterday's bookings") touch nothing another chat made.
/// </summary>
/// <param name="MadeFrom">The run or list snapshot the card was made from; null on cards older than stored lists.</param>
/// <param name="RunOnly">Only a run will do (Confirm, Undo act on a run's drafts).</param>
/// <param name="BusinessOnly">The press names a business and nothing stored (the business picker): the business must be the tenant's.</param>
internal sealed record CardActionTargets(
    Guid? MadeFrom, bool RunOnly, string? BusinessId, IReadOnlyList<string> AppointmentIds, IReadOnlyList<Guid> InvoiceIds,
    bool BusinessOnly = false)
{
    public static CardActionTargets None { get; } = new(null, false, null, [], []);

    public bool TouchesNothing => this == None || (MadeFrom is null && BusinessId is null && AppointmentIds.Count == 0 && InvoiceIds.Count == 0);

    public static CardActionTargets Of(CardActionData data) => data switch
    {
        // The query on Confirm and Undo is only the result card's "Back": it is checked when Back is pressed.
        InvoiceCreateActionData d => new(d.RunId, RunOnly: true, null, d.AppointmentIds, []),
        UndoInvoiceActionData d => new(d.RunId, RunOnly: true, null, [], [d.InvoiceId, .. d.Undone]),
        // Pressed on the list card, the run id is the list's id; "Update preview" carries the preview's run.
        InvoicePreviewActionData d => new(d.RunId, RunOnly: false, d.Query?.BusinessId, d.AppointmentIds, []),
        InvoiceAllActionData d => new(d.RunId, RunOnly: false, d.Query.BusinessId, [], []),
        MarkInvoicedActionData d => new(d.Query.ListId, RunOnly: false, d.Query.BusinessId, d.AppointmentIds, []),
        ExcludeActionData d => new(d.Query.ListId, RunOnly: false, d.Query.BusinessId, d.AppointmentIds, []),
        ShowPageActionData d => new(d.Query.ListId, RunOnly: false, d.Query.BusinessId, [], []),
        PickBusinessActionData d => new(null, RunOnly: false, d.Query.BusinessId, [], [], BusinessOnly: true),
        _ => None,
    };
}
