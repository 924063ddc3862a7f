using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Teams.Handlers;

namespace TeamsBookingsBot.Teams.Setup;

public static class SetupExtensions
{
    /// <summary>
    /// The setup cards and the "setup" command. Needs the stored settings, the Bookings and Business Central
    /// directories, the connection check, the scheduler and the role store (their own Add… calls).
    /// </summary>
    public static IHostApplicationBuilder AddSetupCards(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddTransient(sp => ActivatorUtilities.CreateInstance<BusinessSetup>(sp));
        services.AddTransient<SetupResponder>();
        services.AddSingleton<IChatCommandHandler, SetupChatHandler>();
        services.AddSingleton<ICardActionHandler, SetupShowCardActionHandler>();
        services.AddSingleton<ICardActionHandler, SetupAddCardActionHandler>();
        services.AddSingleton<ICardActionHandler, SetupEditCardActionHandler>();
        services.AddSingleton<ICardActionHandler, SetupSaveCardActionHandler>();
        services.AddSingleton<ICardActionHandler, SetupTestCardActionHandler>();
        return builder;
    }
}
