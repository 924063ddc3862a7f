using TeamsBookingsBot.Teams.Authentication;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Authentication;

/// <summary>Which app and which tenant a valid channel token is for: the array audience and the two tenant fields.</summary>
public sealed class BotAuthenticatorAudienceTenantTests
{
    // The SDK reads the first "aud" value (ChannelValidation.AuthenticateChannelToken), never "any value matches".
    public static TheoryData<string[], bool> ArrayAudiences => new()
    {
        { [AuthHarness.AppId], true },
        { [AuthHarness.AppId, "00000000-0000-0000-0000-000000000000"], true },
        { ["00000000-0000-0000-0000-000000000000", AuthHarness.AppId], false },
        { ["https://api.botframework.com", AuthHarness.AppId], false },
        { [AuthHarness.AppId.ToUpperInvariant(), AuthHarness.AppId], false },
        { [], false },
    };

    [Theory]
    [MemberData(nameof(ArrayAudiences))]
    public async Task Authenticate_ArrayAudience_PassesOnlyWhenItsFirstValueIsTheAppId(string[] audiences, bool passes)
    {
        await using AuthHarness h = await AuthHarness.StartAsync();

        string token = h.ChannelToken(c => c["aud"] = audiences);

        Assert.Equal(passes, (await h.AuthenticateTokenAsync(token)).IsAuthenticated);
    }

    [Theory]
    [InlineData(AuthHarness.TenantId, "99999999-0000-0000-0000-000000000000")]
    [InlineData("99999999-0000-0000-0000-000000000000", AuthHarness.TenantId)]
    public async Task Authenticate_TenantFieldsDisagree_FailsEvenWhenOneIsAllowed(string conversationTenant, string channelDataTenant)
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedTenants = [AuthHarness.TenantId]);
        Activity activity = AuthHarness.Activity(a =>
        {
            a.Conversation!.TenantId = conversationTenant;
            a.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = channelDataTenant } });
        });

        BotAuthenticatorTests.AssertRejected(await h.AuthenticateTokenAsync(h.ChannelToken(), activity), "tenant");
    }

    [Fact]
    public async Task Authenticate_TenantOnlyInChannelData_IsCheckedAgainstTheAllowList()
    {
        await using AuthHarness h = await AuthHarness.StartAsync(o => o.AllowedTenants = [AuthHarness.TenantId]);
        Activity activity = AuthHarness.Activity(a =>
        {
            a.Conversation!.TenantId = null;
            a.ChannelData = System.Text.Json.JsonDocument.Parse("""{"tenant":{"id":"99999999-0000-0000-0000-000000000000"}}""").RootElement.Clone();
        });

        BotAuthenticatorTests.AssertRejected(await h.AuthenticateTokenAsync(h.ChannelToken(), activity), "AllowedTenants");
    }
}
