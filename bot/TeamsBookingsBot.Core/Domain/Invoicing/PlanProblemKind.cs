namespace TeamsBookingsBot.Domain.Invoicing;

public enum PlanProblemKind
{
    NoCustomer = 0,
    CustomerNotFound = 1,
    CustomerAmbiguous = 2,
    CustomerBlocked = 3,
    UnmappedService = 4,
    PriceNeeded = 5,
    InvalidPriceOverride = 6,
    InvalidDuration = 7,
    CurrencyMismatch = 8,
    NoShowFeeNotSetUp = 9,
    NegativePrice = 10,
    UnusualAmount = 11,
}
