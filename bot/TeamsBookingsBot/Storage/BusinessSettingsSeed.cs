using TeamsBookingsBot.Application.Setup;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// What one seed from configuration does to one stored business: a business only configuration ever set mirrors the
/// configuration; in one an admin saved, only the fields still marked "from configuration" follow it.
/// </summary>
internal static class BusinessSettingsSeed
{
    /// <summary>The row to write for <paramref name="configured"/> over <paramref name="stored"/>, or null when nothing changes.</summary>
    public static BusinessSettings? Next(BusinessSettings configured, BusinessSettings? stored, DateTimeOffset now)
    {
        if (stored is null)
        {
            return configured with { Version = 1, UpdatedUtc = now, UpdatedBy = null };
        }
        BusinessSettings next;
        if (stored.UpdatedBy is null)
        {
            next = configured with { Version = stored.Version, UpdatedUtc = stored.UpdatedUtc, UpdatedBy = null };
        }
        else
        {
            next = stored with { FromConfiguration = new HashSet<BusinessSettingField>(stored.FromConfiguration.Where(configured.IsFromConfiguration)) };
            foreach (BusinessSettingField field in next.FromConfiguration)
            {
                next = BusinessSettingFields.Copy(next, configured, field);
            }
        }
        bool changed = !next.FromConfiguration.SetEquals(stored.FromConfiguration)
            || !string.Equals(next.BusinessId, stored.BusinessId, StringComparison.Ordinal)
            || BusinessSettingFields.All.Any(field => !BusinessSettingFields.SameValue(next, stored, field));
        return changed ? next with { Version = stored.Version + 1, UpdatedUtc = now } : null;
    }
}
