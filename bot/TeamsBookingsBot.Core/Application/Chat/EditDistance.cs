namespace TeamsBookingsBot.Application.Chat;

/// <summary>Damerau-Levenshtein (optimal string alignment): a swapped pair of letters counts as one typo.</summary>
internal static class EditDistance
{
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }
                d[i, j] = best;
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>Short words must match exactly: "to" and "by" are one typo from too many others.</summary>
    public static int AllowedTypos(int wordLength) => wordLength switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
