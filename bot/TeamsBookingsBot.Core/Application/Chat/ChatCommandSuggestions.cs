namespace TeamsBookingsBot.Application.Chat;

/// <summary>Commands a user can type as shown (help card, "did you mean"), and ranking by similarity.</summary>
public static class ChatCommandSuggestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "show uninvoiced bookings",
        "invoice yesterday's bookings",
        "help",
        "show uninvoiced bookings yesterday",
        "show uninvoiced bookings last week",
        "show uninvoiced bookings this month",
        "invoice last week's bookings",
        "sync now",
        "sync status",
        "export audit log",
        "setup",
    ];

    private static readonly string[][] CommandWords =
        All.Select(c => ChatTokenizer.Tokenize(c).Select(t => t.Word).Where(w => w != ChatVocabulary.Noise).ToArray()).ToArray();

    // Only the start of a long message is compared; commands are short.
    private const int ComparedLength = 60;

    /// <summary>The <paramref name="count"/> commands closest to <paramref name="text"/>, best first; ties keep list order.</summary>
    public static IReadOnlyList<string> Closest(string text, int count = 3)
    {
        List<ChatToken> tokens = ChatTokenizer.Tokenize(text.Length > ComparedLength * 4 ? text[..(ComparedLength * 4)] : text);
        HashSet<string> words = tokens.Select(t => t.Word).ToHashSet(StringComparer.Ordinal);
        string flat = string.Join(' ', tokens.Select(t => t.Normalized));
        flat = flat.Length > ComparedLength ? flat[..ComparedLength] : flat;
        return All
            .Select((command, index) => (command, index, score: Similarity(words, flat, command, CommandWords[index])))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Take(count)
            .Select(x => x.command)
            .ToArray();
    }

    // Shared words (after typo correction) dominate; spelling closeness breaks ties between similar commands.
    private static double Similarity(HashSet<string> words, string flat, string command, string[] commandWords)
    {
        double wordScore = (double)commandWords.Count(words.Contains) / commandWords.Length;
        if (flat.Length == 0)
        {
            return wordScore;
        }
        int distance = EditDistance.Between(flat, command);
        double spelling = 1.0 - ((double)distance / Math.Max(flat.Length, command.Length));
        return wordScore + (0.5 * spelling);
    }
}
