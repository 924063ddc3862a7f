using TeamsBookingsBot.Hosting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddBotHosting();

WebApplication app = builder.Build();
app.MapBotHosting();
return await BotStartup.RunAsync(app);

/// <summary>Lets the tests use WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
