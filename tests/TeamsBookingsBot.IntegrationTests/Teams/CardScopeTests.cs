using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Sandbox.BusinessCentral;
using static TeamsBookingsBot.Teams.CardScopeFixture;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// A card action acts only in the chat it was made in: every id of chat A's list, preview and result cards is replayed
/// from another conversation and from another tenant, as Action.Execute and as the Action.Submit fallback. Each replay
/// gets the "not from this chat" card, Business Central sees no call and the store stays as it was.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class CardScopeTests(CardScopeFixture chat) : IClassFixture<CardScopeFixture>
{
    public static TheoryData<string, string, string, bool> Replays()
    {
        var data = new TheoryData<string, string, string, bool>();
        string[] verbs = [CardVerbs.InvoiceCreate, CardVerbs.InvoiceUndo, CardVerbs.InvoicePreview, "update-preview", CardVerbs.MarkInvoiced,
            CardVerbs.Exclude, CardVerbs.InvoiceAll, CardVerbs.ShowPage];
        foreach (string verb in verbs)
        {
            foreach ((string conversation, string tenant) in new[] { ("a:chat-of-eve", TenantA), ("a:chat-in-other-tenant", TenantB), (ChatA, TenantB) })
            {
                data.Add(verb, conversation, tenant, true);
                data.Add(verb, conversation, tenant, false);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task Replay_FromAnotherChat_IsRefusedWithACardAndTouchesNothing(string verb, string conversation, string tenant, bool execute)
    {
        JsonObject data = chat.MadeInChatA(verb);
        BusinessCentralSandbox businessCentral = chat.BusinessCentral;
        businessCentral.ResetRequestCounts();
        string before = await chat.DumpStoreAsync();
        int requestsBefore = chat.Connector.Requests.Count;

        JsonObject refusal = await chat.PressForCardAsync(data, conversation, tenant, execute);

        Assert.Contains("This card is from another chat, so I can't use it here.", CardJson.Text(refusal), StringComparison.Ordinal);
        Assert.Empty(businessCentral.RequestCounts);
        Assert.Equal(before, await chat.DumpStoreAsync());
        // Execute answers in the invoke response; Submit puts the refusal on the pressed message and posts nothing else.
        Assert.Equal(execute ? 0 : 1, chat.Connector.Requests.Count - requestsBefore);
    }

    [Theory]
    [InlineData(CardVerbs.InvoiceCreate, true)]
    [InlineData(CardVerbs.InvoiceCreate, false)]
    [InlineData(CardVerbs.InvoiceUndo, true)]
    [InlineData(CardVerbs.InvoiceUndo, false)]
    [InlineData(CardVerbs.InvoicePreview, true)]
    [InlineData(CardVerbs.MarkInvoiced, true)]
    [InlineData(CardVerbs.Exclude, false)]
    public async Task ForgedId_InTheChatTheCardCameFrom_IsAnsweredLikeAnExpiredCard(string verb, bool execute)
    {
        JsonObject data = chat.MadeInChatA(verb);
        string forged = Guid.NewGuid().ToString();
        if (data["invoiceId"] is not null)
        {
            data["invoiceId"] = forged;
        }
        else if (data["query"] is JsonObject query && data["runId"] is null)
        {
            query["listId"] = forged;
        }
        else
        {
            data["runId"] = forged;
        }
        chat.BusinessCentral.ResetRequestCounts();
        string before = await chat.DumpStoreAsync();

        (string? text, JsonObject? card) = await chat.PressAsync(data, ChatA, TenantA, execute);

        Assert.Null(card);
        Assert.Equal("This card is out of date. Type \"show uninvoiced bookings\" to get a fresh list.", text);
        Assert.Empty(chat.BusinessCentral.RequestCounts);
        Assert.Equal(before, await chat.DumpStoreAsync());
    }

    [Fact]
    public async Task SameChat_ConfirmPressedAgain_IsAnsweredWithTheRunsResult()
    {
        JsonObject again = await chat.PressForCardAsync(chat.MadeInChatA(CardVerbs.InvoiceCreate), ChatA, TenantA, execute: true);

        Assert.Contains("created earlier", CardJson.Text(again), StringComparison.Ordinal);
    }
}
