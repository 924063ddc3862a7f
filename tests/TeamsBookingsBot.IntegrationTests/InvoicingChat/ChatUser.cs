namespace TeamsBookingsBot.InvoicingChat;

/// <summary>Who sends an activity in the test apps: Teams id, name, Entra object id and tenant.</summary>
internal sealed record ChatUser(string Id, string Name, string AadObjectId, string TenantId)
{
    /// <summary>The apps' default user, the first to use the bot in its tenant (so its admin in the sandbox).</summary>
    public static ChatUser Alex { get; } = new("29:user-1", "Alex Wilber", "aad-alex", "tenant-1");

    public static ChatUser Megan { get; } = new("29:user-megan", "Megan Bowen", "aad-megan", "tenant-1");

    public static ChatUser Adele { get; } = new("29:user-adele", "Adele Vance", "aad-adele", "tenant-1");

    /// <summary>Someone of another organisation.</summary>
    public static ChatUser Eve { get; } = new("29:user-eve", "Eve of Fabrikam", "aad-eve", "tenant-2");
}
