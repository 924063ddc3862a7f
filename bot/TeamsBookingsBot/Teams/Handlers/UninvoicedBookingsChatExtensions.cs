using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Application;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Invoicing;

namespace TeamsBookingsBot.Teams.Handlers;

public static class UninvoicedBookingsChatExtensions
{
    /// <summary>
    /// "show uninvoiced bookings", "invoice ... bookings", "sync now", "sync status" and their buttons (list paging,
    /// refresh, other periods). Needs the ports IBookingsBusinessCatalog, IBookingStore, IInvoicedBookingsLookup,
    /// IBookingSyncStatusReader and IBookingSyncTrigger registered as singletons; binds <see cref="CompletionOptions"/>.
    /// </summary>
    public static IHostApplicationBuilder AddUninvoicedBookingsChat(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddOptions<CompletionOptions>()
            .BindConfiguration(CompletionOptions.Section)
            .Validate(o => o.Grace >= TimeSpan.Zero, "Completion:Grace must not be negative (e.g. \"00:15:00\").")
            .Validate(o => Enum.IsDefined(o.Rule), "Completion:Rule must be EndedAfterGrace or StartedBeforeNow.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CompletionOptions>>().Value.ToPolicy());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddBillingRules();

        services.TryAddSingleton<ListUninvoicedBookings>();
        services.TryAddSingleton<RequestBookingSync>();
        services.TryAddSingleton<GetBookingSyncStatus>();
        services.AddSingleton<UninvoicedListResponder>();
        services.AddSingleton<SyncResponder>();

        services.AddSingleton<IChatCommandHandler, ShowUninvoicedChatHandler>();
        services.AddSingleton<IChatCommandHandler, InvoiceBookingsChatHandler>();
        services.AddSingleton<IChatCommandHandler, SyncNowChatHandler>();
        services.AddSingleton<IChatCommandHandler, SyncStatusChatHandler>();
        services.AddSingleton<ICardActionHandler, ShowUninvoicedCardActionHandler>();
        services.AddSingleton<ICardActionHandler, ShowPageCardActionHandler>();
        services.AddSingleton<ICardActionHandler, PickBusinessCardActionHandler>();
        services.TryAddSingleton<ConversationBusiness>();
        services.TryAddSingleton<UninvoicedListStart>();
        services.AddSingleton<ICardActionHandler, SyncNowCardActionHandler>();
        services.AddSingleton<ICardActionHandler, SyncStatusCardActionHandler>();
        return builder;
    }
}
