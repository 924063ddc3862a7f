namespace TeamsBookingsBot.Storage;

/// <summary>
/// Counts the SQL commands made (keeping their text, so a test can ask for their query plans) and the rows the
/// uninvoiced list reads back in the current async flow, once someone asks (<see cref="Start"/>): how a test proves
/// that a page costs the same wherever it is in the list and however big the store is, by work done rather than by
/// time taken. Nothing is counted outside a started count.
/// </summary>
internal static class StorageWorkCount
{
    private static readonly AsyncLocal<Counter?> Current = new();

    /// <summary>Counts from here on in this async flow (and the flows it starts).</summary>
    public static Counter Start() => Current.Value = new Counter();

    public static void Command(string sql) => Current.Value?.AddCommand(sql);

    public static void Row() => Current.Value?.AddRow();

    internal sealed class Counter
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> texts = new();
        private int commands;
        private int rows;

        public int Commands => Volatile.Read(ref commands);

        public int Rows => Volatile.Read(ref rows);

        /// <summary>The commands' SQL as they were made (a command whose text is set afterwards shows as empty).</summary>
        public IReadOnlyList<string> Texts => [.. texts];

        internal void AddCommand(string sql)
        {
            Interlocked.Increment(ref commands);
            texts.Enqueue(sql);
        }

        internal void AddRow() => Interlocked.Increment(ref rows);

        public override string ToString() => $"{Commands} commands, {Rows} rows";
    }
}
