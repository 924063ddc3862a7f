using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Invoicing;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Scheduling;
using TeamsBookingsBot.Storage;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Invoicing;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddBotHosting();
builder.AddStorage();
builder.AddSandboxGraph();
builder.AddGraphBookings();
builder.AddSandboxBusinessCentral();
builder.AddBusinessCentral();
builder.AddInvoicing();
builder.AddTeamsBot();
builder.AddUninvoicedBookingsChat();
builder.AddInvoicingChat();
builder.AddScheduling();
builder.AddBookingSync();

WebApplication app = builder.Build();
app.MapBotHosting();
app.MapSandboxGraph();
app.MapSandboxBusinessCentral();
app.MapTeamsBot();
return await BotStartup.RunAsync(app);

/// <summary>Lets the tests use WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
