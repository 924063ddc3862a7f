using TeamsBookingsBot.Application.Roles;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Roles;

public sealed class PeopleCardLimitTests
{
    [Fact]
    public void BigTeamWithLongNames_ShowsAsManyAsFitTeamsLimitAndSaysHowManyMore()
    {
        PeopleCardRow[] rows = [.. Enumerable.Range(0, 65).Select(i => new PeopleCardRow(
            Guid.NewGuid().ToString(), $"29:{new string('x', 60)}{i}", new string('W', 200), i % 3 == 0 ? TenantRole.Invoicer : TenantRole.Member, false))];

        RenderedCard card = PeopleCard.Build(new PeopleCardModel(rows, "Someone is now an invoicer."));

        Assert.True(card.FitsTeamsLimit, $"{card.SizeInBytes} bytes");
        string json = card.Json.ToJsonString();
        int shown = rows.Count(r => json.Contains(r.AadObjectId, StringComparison.Ordinal));
        Assert.InRange(shown, 10, PeopleCard.MaxRows);
        Assert.Contains($"{rows.Length - shown} more people in this conversation are not shown.", json, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('W', UninvoicedBookingsCard.MaxNameLength + 1), json, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredAdmin_HasNoButtons_AndSomeoneNotHere_CanOnlyLoseTheirRole()
    {
        RenderedCard card = PeopleCard.Build(new PeopleCardModel(
            [new PeopleCardRow("aad-c", "29:c", "Config", TenantRole.Admin, true), new PeopleCardRow("aad-gone", null, "Gone", TenantRole.Invoicer, false)], null));

        string[] titles = [.. card.Json.ToJsonString().Split("\"title\":\"").Skip(1).Select(t => t[..t.IndexOf('"', StringComparison.Ordinal)]).Distinct()];
        Assert.Equal(["Remove invoicer", "Refresh"], titles);
    }
}
