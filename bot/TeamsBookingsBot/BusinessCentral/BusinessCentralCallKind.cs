namespace TeamsBookingsBot.BusinessCentral;

/// <summary>What an HTTP call to BC was for; every attempt (retries included) is counted.</summary>
public enum BusinessCentralCallKind
{
    Company,
    CustomerLookup,
    CustomerCreate,
    ItemLookup,
    InvoiceCreate,
    LineCreate,
    Batch,
    ReconcileGet,
    Delete,
}
