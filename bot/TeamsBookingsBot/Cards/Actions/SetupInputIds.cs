namespace TeamsBookingsBot.Cards.Actions;

/// <summary>Ids of the setup cards' inputs, whose values Teams merges into the pressed button's data.</summary>
public static class SetupInputIds
{
    // An SMTP address is at most 254 characters (RFC 5321 path limit).
    public const int MaxMailboxLength = 254;

    public const string PickedBusiness = "setup.business";
    public const string TypedMailbox = "setup.mailbox";
    public const string DisplayName = "setup.displayName";
    public const string TimeZone = "setup.timeZone";
    public const string Currency = "setup.currency";
    public const string SyncInterval = "setup.interval";
    public const string CompletionRule = "setup.rule";
    public const string CompletionGrace = "setup.grace";
    public const string SyncCustomers = "setup.syncCustomers";
    public const string CustomerTemplate = "setup.customerTemplate";
    public const string SyncServices = "setup.syncServices";
    public const string ItemTemplate = "setup.itemTemplate";
    public const string Environment = "setup.environment";
    public const string Company = "setup.company";
    public const string TypedCompany = "setup.companyName";
    public const string NoShowKind = "setup.noShowKind";
    /// <summary>The no-show fee choice that means "no fee".</summary>
    public const string NoShowNone = "none";
    public const string NoShowItem = "setup.noShowItem";
    public const string NoShowValue = "setup.noShowValue";
    public const string GroupBilling = "setup.groupBilling";
    public const string AllowCreateCustomers = "setup.createCustomers";

    /// <summary>A plausible booking mailbox address: card data is untrusted, so an odd value is refused before any lookup.</summary>
    public static bool IsMailbox(string? value) =>
        value is { Length: > 2 and <= MaxMailboxLength } v
        && v.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < v.Length - 1
        && !v.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '\\' or '?' or '#');
}
