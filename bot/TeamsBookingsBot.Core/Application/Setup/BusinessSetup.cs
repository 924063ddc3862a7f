using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Application.Setup;

/// <summary>
/// Saving the setup card: every field checked (locally, then in Business Central), stored all at once, and applied at
/// once: the sync job is rescheduled and the next list reads the new rule from the store. Audited.
/// </summary>
public sealed class BusinessSetup(
    IBusinessSettingsStore store, IBusinessSyncScheduler scheduler, IBusinessCentralConnections businessCentral, IAuditLog audit, TimeProvider time)
{
    public async Task<BusinessSetupSaveResult> SaveAsync(BusinessSettings proposed, InvoicingActor actor, CancellationToken ct)
    {
        IReadOnlyDictionary<BusinessSettingField, string> errors = BusinessSettingsRules.Check(proposed);
        if (errors.Count > 0)
        {
            return new BusinessSetupSaveResult.Invalid(errors);
        }
        (BusinessSettings resolved, IReadOnlyDictionary<BusinessSettingField, string> remote) =
            await new BusinessCentralSetupCheck(businessCentral).CheckAsync(proposed, ct);
        if (remote.Count > 0)
        {
            return new BusinessSetupSaveResult.Invalid(remote);
        }
        DateTimeOffset now = time.GetUtcNow();
        (BusinessSettingsSaveOutcome outcome, BusinessSettings? saved) =
            await store.SaveAsync(resolved with { UpdatedUtc = now, UpdatedBy = actor.AadObjectId }, ct);
        switch (outcome)
        {
            case BusinessSettingsSaveOutcome.VersionConflict:
                return new BusinessSetupSaveResult.Conflict(await store.FindAsync(proposed.TenantId, proposed.BusinessId, ct));
            case BusinessSettingsSaveOutcome.OwnedByAnotherTenant:
                return new BusinessSetupSaveResult.OwnedElsewhere();
        }
        await scheduler.ApplyAsync(saved!, ct);
        await audit.WriteAsync(new AuditEntry(now, actor.AadObjectId, "setup.save", proposed.TenantId, actor.ConversationId, saved!.BusinessId,
            Describe(saved!), actor.DisplayName), ct);
        return new BusinessSetupSaveResult.Saved(saved!, IsNewBusiness: proposed.Version == 0);
    }

    /// <summary>The audit line: what the business is now set to (no secrets live in these settings).</summary>
    internal static string Describe(BusinessSettings s) =>
        $"sync every {s.SyncIntervalMinutes} min; {s.CompletionRule} grace {s.CompletionGrace.TotalMinutes:0} min; zone {s.TimeZoneId}; " +
        $"Business Central {s.BusinessCentral?.Environment}/{s.BusinessCentral?.CompanyName}; " +
        $"customers {(s.SyncCustomers ? "on" : "off")} template {s.CustomerTemplate ?? "-"}; services {(s.SyncServices ? "on" : "off")} template {s.ItemTemplate ?? "-"}; " +
        $"no-show fee {(s.NoShowFee is { } f ? $"{f.Kind} {f.Value} on {f.ItemNumber}" : "none")}; group billing {s.GroupBilling}; create customers {(s.AllowCreateCustomers ? "yes" : "no")}";
}
