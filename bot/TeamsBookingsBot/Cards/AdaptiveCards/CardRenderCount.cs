namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>
/// Counts the cards turned into JSON in the current async flow, once someone asks (<see cref="Start"/>): how a test
/// proves that a reply serializes its card once. Nothing is counted outside a started count.
/// </summary>
public static class CardRenderCount
{
    private static readonly AsyncLocal<Counter?> Current = new();

    /// <summary>Counts renderings from here on in this async flow (and the flows it starts).</summary>
    public static Counter Start() => Current.Value = new Counter();

    internal static void Rendered() => Current.Value?.Add();

    public sealed class Counter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        internal void Add() => Interlocked.Increment(ref count);
    }
}
