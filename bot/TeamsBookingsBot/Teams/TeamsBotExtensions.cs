using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Diagnostics;
using TeamsBookingsBot.Teams.Authentication;
using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Roles;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams;

public static class TeamsBotExtensions
{
    public static IHostApplicationBuilder AddTeamsBot(this IHostApplicationBuilder builder)
    {
        builder.AddBotAuthentication();
        builder.AddConnectorClient();
        builder.Services.AddSingleton<BotMessageEndpoint>();
        builder.Services.AddBotMetrics();
        builder.Services.AddSingleton<ActivityRouter>();
        builder.Services.AddSingleton<ChatMessageHandler>();
        builder.Services.AddSingleton<CardActionDispatcher>();
        builder.Services.AddSingleton<CardActionGuard>();
        builder.Services.AddSingleton<ConfiguredAdmins>();
        builder.Services.AddSingleton<FirstAdminPolicy>();
        builder.Services.AddSingleton<RoleCheck>();
        builder.Services.AddSingleton<RoleRefusal>();
        builder.Services.AddHostedService<ConfiguredAdminsSeeding>();
        builder.Services.AddSingleton<ConversationMembers>();
        builder.Services.AddSingleton<RoleChanges>();
        builder.Services.AddSingleton<PeopleCardBuilder>();
        builder.Services.AddSingleton<IChatCommandHandler, PeopleChatHandler>();
        builder.Services.AddSingleton<IChatCommandHandler, ChangeRoleChatHandler>();
        builder.Services.AddSingleton<ICardActionHandler, PeopleCardActionHandler>();
        builder.Services.AddSingleton<ICardActionHandler, ChangeRoleCardActionHandler>();
        builder.Services.TryAddSingleton<IBusinessAccess, TenantBusinessAccess>();
        builder.Services.AddSingleton<ConversationLifecycleHandler>();
        builder.Services.AddSingleton<ICardActionHandler, HelpCardActionHandler>();
        builder.Services.AddSingleton<BusinessTimeZone>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication MapTeamsBot(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpContext http, BotMessageEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }
}
