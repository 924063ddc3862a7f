using TeamsBookingsBot.BusinessCentral;
using TeamsBookingsBot.Graph;
using TeamsBookingsBot.Hosting;
using TeamsBookingsBot.Invoicing;
using TeamsBookingsBot.Sandbox;
using TeamsBookingsBot.Scheduling;
using TeamsBookingsBot.Setup;
using TeamsBookingsBot.Storage;
using TeamsBookingsBot.Teams;
using TeamsBookingsBot.Teams.Handlers;
using TeamsBookingsBot.Teams.Setup;
using TeamsBookingsBot.Teams.Invoicing;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddBotHosting();
// The composition root is the only place that knows the sandbox: it points Graph and Business Central at the
// app's own fake servers through configuration defaults, so the adapters below never see a sandbox type.
bool sandbox = SandboxMode.From(builder.Configuration, builder.Environment).Enabled;
if (sandbox)
{
    builder.AddSandbox();
}
builder.AddStorage();
builder.AddGraphBookings();
builder.AddBusinessCentral();
builder.AddConnectionSetup();
builder.AddInvoicing();
builder.AddTeamsBot();
builder.AddUninvoicedBookingsChat();
builder.AddInvoicingChat();
builder.AddSetupCards();
builder.AddScheduling();
builder.AddBookingSync();

WebApplication app = builder.Build();
app.MapBotHosting();
if (sandbox)
{
    app.MapSandbox();
}
app.MapTeamsBot();
return await BotStartup.RunAsync(app);

/// <summary>Lets the tests use WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
