using TeamsBookingsBot.Hosting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddBotHosting();

WebApplication app = builder.Build();
app.MapBotHosting();
app.Run();

/// <summary>Lets the tests use WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
