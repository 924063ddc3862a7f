using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Sandbox.Graph;
using TeamsBookingsBot.Teams.Handlers;
using static TeamsBookingsBot.Teams.TenantIsolation.TenantIsolationFixture;

namespace TeamsBookingsBot.Teams.TenantIsolation;

/// <summary>
/// Tenant isolation through the real endpoint and the real stores: a user of tenant B, which has no business, types
/// every command and replays every button of tenant A's list, preview and result cards (as Action.Execute and as the
/// Action.Submit fallback, from B's own chat and under chat A's forged conversation id). B sees nothing of A (no
/// business, booking, customer, sync or audit entry of A), Business Central sees no call and the store stays as it was.
/// </summary>
public abstract class TenantIsolationTests(TenantIsolationFixture chat)
{
    public static TheoryData<string, string, bool> Replays()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (string verb in new[] { CardVerbs.InvoicePreview, CardVerbs.InvoiceCreate, CardVerbs.InvoiceUndo, CardVerbs.MarkInvoiced,
            CardVerbs.Exclude, CardVerbs.InvoiceAll })
        {
            foreach (string conversation in new[] { ChatB, ChatA })
            {
                data.Add(verb, conversation, true);
                data.Add(verb, conversation, false);
            }
        }
        return data;
    }

    [Theory]
    [InlineData("show uninvoiced bookings yesterday")]
    [InlineData("invoice yesterday's bookings")]
    [InlineData("show uninvoiced bookings last month")]
    [InlineData("sync status")]
    [InlineData("sync now")]
    [InlineData("export audit log")]
    public async Task OtherTenant_TypedCommand_SeesNothingOfTheFirstTenantAndChangesNothing(string text)
    {
        string before = await chat.DumpStoreAsync();

        string answer = await chat.SendAsync(text, ChatB, TenantB);

        AssertShowsNothingOfTenantA(answer);
        Assert.Equal(before, await chat.DumpStoreAsync());
    }

    [Fact]
    public async Task OtherTenant_ListSyncStatusAndExport_AreWhatATenantWithoutBusinessesGets()
    {
        Assert.Contains("No Bookings calendar is connected yet", await chat.SendAsync("show uninvoiced bookings yesterday", ChatB, TenantB), StringComparison.Ordinal);
        Assert.Contains("No Bookings calendar is connected yet", await chat.SendAsync("sync status", ChatB, TenantB), StringComparison.Ordinal);
        Assert.Equal(SyncResponder.NothingToSync, await chat.SendAsync("sync now", ChatB, TenantB));
        string exported = await chat.SendAsync("export audit log", ChatB, TenantB);
        Assert.DoesNotContain("invoice.", exported, StringComparison.Ordinal);
        // The first tenant's own export does hold its confirm: the entry exists, it is only not B's.
        Assert.Contains("invoice.confirm", await chat.SendAsync("export audit log", ChatA, TenantA), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Replays))]
    public async Task OtherTenant_ReplayingTheFirstTenantsCardData_IsRefusedAndChangesNothing(string verb, string conversation, bool execute)
    {
        chat.BusinessCentral.ResetRequestCounts();
        string before = await chat.DumpStoreAsync();

        JsonObject refusal = await chat.PressForCardAsync(chat.MadeInChatA(verb), conversation, TenantB, execute);

        Assert.Contains("This card is from another chat, so I can't use it here.", CardJson.Text(refusal), StringComparison.Ordinal);
        AssertShowsNothingOfTenantA(CardJson.Text(refusal));
        Assert.Empty(chat.BusinessCentral.RequestCounts);
        Assert.Equal(before, await chat.DumpStoreAsync());
    }

    [Theory]
    [InlineData(CardVerbs.MarkInvoiced, true)]
    [InlineData(CardVerbs.Exclude, false)]
    [InlineData(CardVerbs.InvoicePreview, true)]
    [InlineData(CardVerbs.InvoiceAll, false)]
    public async Task OtherTenant_FirstTenantsBusinessUnderAForgedListId_IsAnsweredLikeAnExpiredCard(string verb, bool execute)
    {
        JsonObject data = chat.MadeInChatA(verb);
        if (data["query"] is JsonObject query)
        {
            query["listId"] = Guid.NewGuid().ToString();
        }
        if (data["runId"] is not null)
        {
            data["runId"] = Guid.NewGuid().ToString();
        }
        chat.BusinessCentral.ResetRequestCounts();
        string before = await chat.DumpStoreAsync();

        (string? text, JsonObject? card) = await chat.PressAsync(data, ChatB, TenantB, execute);

        Assert.Null(card);
        Assert.Equal("This card is out of date. Type \"show uninvoiced bookings\" to get a fresh list.", text);
        Assert.Empty(chat.BusinessCentral.RequestCounts);
        Assert.Equal(before, await chat.DumpStoreAsync());
    }

    [Fact]
    public async Task FirstTenant_ItsOwnCards_StillWork()
    {
        JsonObject again = await chat.PressForCardAsync(chat.MadeInChatA(CardVerbs.InvoiceCreate), ChatA, TenantA, execute: true);

        Assert.Contains("created earlier", CardJson.Text(again), StringComparison.Ordinal);
    }

    private void AssertShowsNothingOfTenantA(string answer)
    {
        Assert.DoesNotContain(SandboxBookingsData.Mailbox, answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SandboxBookingsData.BusinessName, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", answer, StringComparison.Ordinal);
        foreach (string name in chat.Bookings.Customers.Select(c => c.DisplayName).Where(n => chat.ListOfChatA.Contains(n, StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(name, answer, StringComparison.Ordinal);
        }
    }
}
