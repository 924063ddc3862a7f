using System.Globalization;

namespace TeamsBookingsBot.Sandbox.BusinessCentral;

// Mutable in-memory records of the sandbox; always accessed under BusinessCentralSandbox's lock.

// Number series are per company in BC: each company counts its own drafts, posted invoices and customers.
internal sealed class SandboxBcCompany(Guid id, string name, string localCurrencyCode)
{
    private int _nextInvoice = 100001;
    private int _nextPostedInvoice = 103001;
    private int _nextCustomer = 1;

    public Guid Id { get; } = id;
    public string Name { get; } = name;
    public string LocalCurrencyCode { get; } = localCurrencyCode;
    public List<SandboxBcCustomer> Customers { get; } = [];
    public List<SandboxBcItem> Items { get; } = [];
    public List<SandboxBcInvoice> Invoices { get; } = [];

    public string NextInvoiceNumber() => "S-INV" + (_nextInvoice++).ToString(CultureInfo.InvariantCulture);

    public string NextPostedInvoiceNumber() => "PS-INV" + (_nextPostedInvoice++).ToString(CultureInfo.InvariantCulture);

    public string NextCustomerNumber() => "C" + (_nextCustomer++ * 10).ToString("00000", CultureInfo.InvariantCulture);

    public void Reset()
    {
        Customers.Clear();
        Items.Clear();
        Invoices.Clear();
        _nextInvoice = 100001;
        _nextPostedInvoice = 103001;
        _nextCustomer = 1;
    }
}

internal sealed class SandboxBcCustomer
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Number { get; init; }
    public required string DisplayName { get; set; }
    public string Email { get; set; } = "";
    public string PhoneNumber { get; set; } = "";
    public string Type { get; set; } = "Person";
    public string CurrencyCode { get; set; } = "";
    public string Blocked { get; set; } = " ";
    public Guid PaymentTermsId { get; set; }
    public Guid PaymentMethodId { get; set; }
    public Guid ShipmentMethodId { get; set; }
    public bool TaxLiable { get; set; }
    public Guid TaxAreaId { get; set; }
}

internal sealed class SandboxBcItem
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Number { get; init; }
    public required string DisplayName { get; set; }
    public string Type { get; set; } = "Service";
    public decimal UnitPrice { get; set; }
    public bool Blocked { get; set; }
    public string BaseUnitOfMeasureCode { get; set; } = "HOUR";
}

internal sealed class SandboxBcInvoice
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Number { get; set; }
    public string ExternalDocumentNumber { get; set; } = "";
    public DateOnly InvoiceDate { get; set; }
    public required SandboxBcCustomer Customer { get; init; }
    public required string CurrencyCode { get; init; }
    public string Status { get; set; } = "Draft";
    public DateTimeOffset LastModified { get; set; }
    public List<SandboxBcLine> Lines { get; init; } = [];

    public SandboxBcInvoice Clone() => new()
    {
        Id = Id, Number = Number, ExternalDocumentNumber = ExternalDocumentNumber, InvoiceDate = InvoiceDate, Customer = Customer,
        CurrencyCode = CurrencyCode, Status = Status, LastModified = LastModified, Lines = [.. Lines],
    };
}

internal sealed record SandboxBcLine(
    Guid Id, Guid DocumentId, int Sequence, string LineType, string LineObjectNumber, Guid ItemId, string Description,
    decimal Quantity, decimal UnitPrice, string UnitOfMeasureCode)
{
    public decimal Amount => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}
