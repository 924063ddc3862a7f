using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Teams.Connector;

/// <summary>An account as the Connector API takes it: the bot (<c>28:{appId}</c>) or a user (<c>29:…</c> or AAD object id).</summary>
public sealed record ConnectorAccount(string Id, string? Name = null)
{
    public JsonObject ToJson()
    {
        JsonObject json = new() { ["id"] = Id };
        if (Name is not null)
        {
            json["name"] = Name;
        }
        return json;
    }
}
