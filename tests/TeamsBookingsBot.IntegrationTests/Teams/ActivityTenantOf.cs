using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Teams;

/// <summary>The tenant a test's activity is stored under, by the app's own rule (<see cref="ActivityTenant"/>); empty when it names none.</summary>
internal static class ActivityTenantOf
{
    public static string Json(JsonObject activity) =>
        ActivityJson.TryParse(activity.ToJsonString(), out Activity? parsed, out string error)
            ? ActivityTenant.Of(parsed).Id ?? ""
            : throw new ArgumentException(error, nameof(activity));
}
