namespace TeamsBookingsBot.Domain.Invoicing;

/// <summary>Who a draft invoice is for: an existing BC customer, or one still to be created from a template.</summary>
public abstract record InvoiceCustomer
{
    public sealed record Existing(BcCustomerRef Customer) : InvoiceCustomer;

    /// <summary>Create this customer in BC from <see cref="TemplateCode"/>, then call <see cref="DraftInvoice.WithCreatedCustomer"/>.</summary>
    public sealed record FromTemplate(string TemplateCode, BookingCustomer Source) : InvoiceCustomer;
}
