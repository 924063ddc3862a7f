using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

internal static class UninvoicedListStorageExtensions
{
    /// <summary>
    /// The uninvoiced list in SQL (<see cref="UninvoicedBookingsListStore"/>) with its caches. Needs the booking store,
    /// the completion policy and the billing rules (from the chat and invoicing set-up) and AddStorage.
    /// </summary>
    public static IServiceCollection AddUninvoicedListStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<UninvoicedListFiguresRefresh>();
        services.TryAddSingleton<UninvoicedListFiguresCache>();
        services.TryAddSingleton<UninvoicedListTermsSource>();
        services.TryAddSingleton<IUninvoicedBookingsList, UninvoicedBookingsListStore>();
        return services;
    }
}
