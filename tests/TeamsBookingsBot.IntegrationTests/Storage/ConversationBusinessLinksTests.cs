using TeamsBookingsBot.Application.Setup;
using static TeamsBookingsBot.Storage.BusinessSettingsStoreTests;

namespace TeamsBookingsBot.Storage;

/// <summary>"This chat is about Contoso Salon": one business per conversation, only a business of the conversation's tenant.</summary>
public abstract class ConversationBusinessLinksTests(StorageDatabase database)
{
    private readonly IBusinessSettingsStore settings = database.Get<IBusinessSettingsStore>();
    private readonly IConversationBusinessLinks links = database.Get<IConversationBusinessLinks>();

    [Fact]
    public async Task Link_ThenRelink_FindsTheLatestBusinessAsStored()
    {
        string salon = NewMailbox(), spa = NewMailbox();
        await settings.SaveAsync(Full(TenantA, salon), default);
        await settings.SaveAsync(Full(TenantA, spa), default);
        string chat = "19:" + Guid.NewGuid().ToString("N");

        Assert.Null(await links.FindAsync(TenantA, chat, default));
        await links.LinkAsync(TenantA, chat, salon.ToUpperInvariant(), default);
        Assert.Equal(salon, await links.FindAsync(TenantA, chat, default));
        await links.LinkAsync(TenantA, chat, spa, default);
        Assert.Equal(spa, await links.FindAsync(TenantA, chat, default));
    }

    [Fact]
    public async Task Link_AnotherTenantsBusiness_IsRefusedAndWritesNothing()
    {
        string theirs = NewMailbox();
        await settings.SaveAsync(Full(TenantB, theirs), default);
        string chat = "19:" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<ArgumentException>(() => links.LinkAsync(TenantA, chat, theirs, default));

        Assert.Null(await links.FindAsync(TenantA, chat, default));
    }

    [Fact]
    public async Task Find_OtherTenantWithTheSameConversationId_FindsNothing_AndUnlinkForgets()
    {
        string salon = NewMailbox();
        await settings.SaveAsync(Full(TenantA, salon), default);
        string chat = "19:" + Guid.NewGuid().ToString("N");
        await links.LinkAsync(TenantA, chat, salon, default);

        Assert.Null(await links.FindAsync(TenantB, chat, default));
        await links.UnlinkAsync(TenantA, chat, default);
        Assert.Null(await links.FindAsync(TenantA, chat, default));
    }

    [Fact]
    public async Task RemoveBusiness_RemovesItsLinks()
    {
        string salon = NewMailbox();
        await settings.SaveAsync(Full(TenantA, salon), default);
        string chat = "19:" + Guid.NewGuid().ToString("N");
        await links.LinkAsync(TenantA, chat, salon, default);

        await settings.RemoveAsync(TenantA, salon, default);
        await settings.SaveAsync(Full(TenantA, salon), default);

        Assert.Null(await links.FindAsync(TenantA, chat, default));
    }
}
