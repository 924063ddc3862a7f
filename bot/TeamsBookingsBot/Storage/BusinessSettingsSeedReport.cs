namespace TeamsBookingsBot.Storage;

/// <summary>How one seed changed the stored settings; mailboxes another tenant already holds are left as they are.</summary>
internal sealed record BusinessSettingsSeedReport(int Added, int Updated, int Removed, IReadOnlyList<string> OwnedByAnotherTenant);
