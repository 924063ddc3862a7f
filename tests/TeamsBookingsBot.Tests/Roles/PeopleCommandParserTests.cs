using TeamsBookingsBot.Application.Chat;
using TeamsBookingsBot.Application.Roles;

namespace TeamsBookingsBot.Roles;

public sealed class PeopleCommandParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("people")]
    [InlineData("<at>Bookings Bot</at> people")]
    [InlineData("Roles")]
    [InlineData("manage people")]
    [InlineData("who can invoice?")]
    public void People(string text) => Assert.IsType<ChatCommand.People>(Parse(text));

    [Theory]
    [InlineData("add invoicer <at>Megan Bowen</at>", TenantRole.Invoicer, false)]
    [InlineData("<at>Bookings Bot</at> add an invoicer <at>Megan</at> and <at>Adele</at>", TenantRole.Invoicer, false)]
    [InlineData("make <at>Megan</at> admin", TenantRole.Admin, false)]
    [InlineData("Make <at>Megan</at> an administrator", TenantRole.Admin, false)]
    [InlineData("remove admin <at>Megan</at>", TenantRole.Admin, true)]
    [InlineData("remove <at>Megan</at> as invoicer", TenantRole.Invoicer, true)]
    [InlineData("add invoicer", TenantRole.Invoicer, false)]
    public void ChangeRole(string text, TenantRole role, bool remove) =>
        Assert.Equal(new ChatCommand.ChangeRole(role, remove), Parse(text));

    [Theory]
    [InlineData("invoice yesterday's bookings")]
    [InlineData("add invoice <at>Megan</at>")]
    [InlineData("remove admin megan@contoso.com")]
    [InlineData("add invoicer \"Megan\"")]
    [InlineData("delete admin <at>Megan</at>")]
    public void NotAPeopleCommand(string text) =>
        Assert.IsNotType<ChatCommand.ChangeRole>(Parse(text));

    private static ChatCommand Parse(string text) => ChatCommandParser.Parse(text, Now, TimeZoneInfo.Utc);
}
